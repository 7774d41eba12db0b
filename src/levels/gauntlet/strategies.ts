import { INSTANCE_TYPES, instanceType, type Command, type ScenarioSpec, type ScriptedCommand } from '../../sim';

/**
 * The strategy gauntlet (issue 10): the ways a player looking for a shortcut might play a level
 * without its lesson. Each is a command script made from the level itself (its estate, its faults,
 * its reference), so a new level is tested the same way as the campaign.
 */
export interface Strategy {
  /** A stable name a level can list in `gauntlet.mayWin`: "nothing", "overProvision×2", "singleAz:use1-az2" … */
  name: string;
  /** What it does, for the table. */
  what: string;
  script: ScriptedCommand[];
}

/**
 * Commands that buy protection: a player who knows when the fault comes could buy them just before.
 * A scheduled scaling action is not one: the time it acts is in the command, not when it is given.
 */
const PROTECTIVE = new Set<Command['type']>([
  'scalingGroup.create',
  'scalingGroup.configure',
  'scalingGroup.setPolicy',
  'database.enableMultiAz',
  'database.addReadReplica',
  'database.enableBackups',
  'dr.setPosture',
  'loadBalancer.configure',
  'session.setMode',
]);

/** The earliest second each scheduled fault can start (its window's opening, or its second), once each, in order. */
export function faultWindows(scenario: ScenarioSpec): number[] {
  const starts = (scenario.faults.scheduled ?? []).map((f) => f.between?.[0] ?? f.atSeconds ?? 0);
  return [...new Set(starts)].sort((a, b) => a - b);
}

const at = (atSeconds: number, command: Command): ScriptedCommand => ({ atSeconds, command });

/** Every strategy for a level: its own reference is needed for the variations on it. */
export function strategiesFor(scenario: ScenarioSpec, reference: readonly ScriptedCommand[], others: ReadonlyMap<string, readonly ScriptedCommand[]>): Strategy[] {
  const fixed = (name: string, what: string, script: ScriptedCommand[]): Strategy => ({ name, what, script });
  const out: Strategy[] = [fixed('nothing', 'no commands at all', [])];
  const instances = scenario.estate.instances ?? [];
  const groups = scenario.estate.scalingGroups ?? [];

  for (const k of [2, 3]) {
    const script: ScriptedCommand[] = [];
    for (const inst of instances) {
      for (let c = 1; c < k; c++) script.push(at(0, { type: 'instance.launch', zoneId: inst.zone, instanceType: inst.type, ...(inst.loadBalancer ? { loadBalancerId: inst.loadBalancer } : {}) }));
    }
    for (const g of groups) script.push(at(0, { type: 'scalingGroup.configure', scalingGroupId: g.id, desired: g.desired * k, max: Math.max(g.max, g.desired * k), min: g.min }));
    if (script.length > 0) out.push(fixed(`overProvision×${k}`, `${k}× the starting fleet from the first second`, script));
  }

  const zonesUsed = new Set([...instances.map((i) => i.zone), ...groups.flatMap((g) => g.zones)]);
  const regionsUsed = scenario.regions.filter((r) => r.zones.some((z) => zonesUsed.has(z)));
  // The reference's own terminations say which starting instances it retires anyway.
  const retired = new Set(reference.flatMap((c) => (c.command.type === 'instance.terminate' ? [c.command.instanceId] : [])));
  for (const zone of regionsUsed.flatMap((r) => r.zones)) {
    const script: ScriptedCommand[] = [];
    for (const inst of instances) {
      if (inst.zone === zone || retired.has(inst.id)) continue;
      script.push(at(0, { type: 'instance.launch', zoneId: zone, instanceType: inst.type, ...(inst.loadBalancer ? { loadBalancerId: inst.loadBalancer } : {}) }));
      // Once the new ones serve (boot and two health checks), the old ones go.
      script.push(at(180, { type: 'instance.terminate', instanceId: inst.id }));
    }
    for (const g of groups) if (scenario.regions.find((r) => r.id === g.region)?.zones.includes(zone)) script.push(at(0, { type: 'scalingGroup.configure', scalingGroupId: g.id, zoneIds: [zone] }));
    for (const c of reference) script.push(at(c.atSeconds, intoZone(c.command, zone)));
    out.push(fixed(`singleAz:${zone}`, `the reference with the whole fleet in ${zone}`, sorted(script)));
  }

  const largest = largestTypeFor(scenario, instances.map((i) => i.type));
  if (largest && instances.some((i) => i.type !== largest)) {
    const script: ScriptedCommand[] = [];
    for (const inst of instances) {
      if (inst.type === largest) continue;
      script.push(at(0, { type: 'instance.stop', instanceId: inst.id }), at(60, { type: 'instance.resize', instanceId: inst.id, instanceType: largest }), at(60, { type: 'instance.start', instanceId: inst.id }));
    }
    out.push(fixed('largest', `every instance resized to ${largest} at the start`, script));
  }

  const allows = (type: Command['type']): boolean => !scenario.allowedCommands || scenario.allowedCommands.includes(type);

  // Grow up instead of out: one instance of the largest type (when the level sells one bigger than it
  // starts with) carries the whole load, the starting ones retired once it serves (no resize downtime). It keeps the reference's session choice, so
  // it loses only if one box is a single point of failure.
  const biggestStart = Math.max(0, ...instances.map((i) => instanceType(i.type)?.capacityRps ?? 0));
  if (largest && instances.length > 0 && (instanceType(largest)?.capacityRps ?? 0) > biggestStart && allows('instance.launch') && allows('instance.terminate')) {
    const first = instances[0]!;
    const script: ScriptedCommand[] = reference.filter((c) => c.command.type === 'session.setMode');
    script.push(at(0, { type: 'instance.launch', zoneId: first.zone, instanceType: largest, ...(first.loadBalancer ? { loadBalancerId: first.loadBalancer } : {}) }));
    for (const inst of instances) script.push(at(180, { type: 'instance.terminate', instanceId: inst.id }));
    out.push(fixed('oneBigBox', `one ${largest} instead of the starting fleet, and nothing else`, sorted(script)));
  }

  // Sticky sessions instead of a session store: the reference, with every move of sessions into the
  // store replaced by stickiness on each load balancer the level starts with.
  const balancers = (scenario.estate.loadBalancers ?? []).map((lb) => lb.id);
  if (reference.some((c) => c.command.type === 'session.setMode' && c.command.mode === 'store') && balancers.length > 0 && allows('loadBalancer.configure')) {
    const script = reference.flatMap((c): ScriptedCommand[] =>
      c.command.type === 'session.setMode' && c.command.mode === 'store' ? balancers.map((id) => at(c.atSeconds, { type: 'loadBalancer.configure', loadBalancerId: id, sticky: true })) : [c],
    );
    out.push(fixed('sticky', 'the reference with sticky sessions on the load balancer instead of the session store', script));
  }

  // A player who read the briefing buys protection a minute before a fault's window opens (the
  // second itself, for a fault at a fixed time), for each fault the level schedules. Named
  // late:<n>@<second>; one the reference already gives then or later is not another strategy.
  for (const window of faultWindows(scenario)) {
    reference.forEach((c, i) => {
      if (!PROTECTIVE.has(c.command.type)) return;
      const late = window - 60;
      if (late <= c.atSeconds) return;
      out.push(fixed(`late:${i + 1}@${late}`, `the reference, with ${c.command.type} (#${i + 1}) bought at ${late} s, a minute before a fault can come`, sorted(reference.map((d, j) => (j === i ? at(late, d.command) : d)))));
    });
  }
  reference.forEach((c, i) => {
    out.push(fixed(`without:${i + 1}`, `the reference without ${c.command.type} (#${i + 1})`, reference.filter((_d, j) => j !== i)));
  });
  for (const [id, script] of others) out.push(fixed(`other:${id}`, `the reference of ${id}`, [...script]));
  return out;
}

/** A command with every place it launches into moved to one AZ (databases stay where they are). */
function intoZone(command: Command, zone: string): Command {
  const c = { ...command } as Record<string, unknown>;
  if (typeof c.zoneId === 'string') c.zoneId = zone;
  if (Array.isArray(c.zoneIds)) c.zoneIds = [zone];
  return c as unknown as Command;
}

/** The biggest type the level lets the player run: of the allowed types, or of the estate's families. */
function largestTypeFor(scenario: ScenarioSpec, estateTypes: readonly string[]): string | null {
  const families = new Set(estateTypes.map((t) => instanceType(t)?.family));
  const allowed = scenario.allowedInstanceTypes;
  const candidates = INSTANCE_TYPES.filter((t) => (allowed ? allowed.includes(t.name) : families.has(t.family)));
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.capacityRps > a.capacityRps ? b : a)).name;
}

const sorted = (script: ScriptedCommand[]): ScriptedCommand[] => [...script].sort((a, b) => a.atSeconds - b.atSeconds);
