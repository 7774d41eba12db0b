import { type Command, DATABASE, DATABASE_SIZES, PRICES, TIMING, DR_POSTURES, instanceType, INSTANCE_TYPES, type World, instanceHourlyMicros } from '../../sim';

/** What the player has selected on the board or in the estate list. */
export type Selection =
  | { kind: 'region'; id: string }
  | { kind: 'zone'; id: string }
  | { kind: 'instance'; id: string }
  | { kind: 'loadBalancer'; id: string }
  | { kind: 'scalingGroup'; id: string }
  | { kind: 'database'; id: string }
  | { kind: 'service' };

/** One thing the player can do to the selection, with its price and consequence shown before committing. */
export interface Action {
  label: string;
  /** Single-key shortcut shown on the button. */
  key: string;
  command: Command;
  /** "stops the instance for about a minute, +$0.10/h" */
  consequence: string;
  /** Irreversible: ask first. */
  confirm?: string;
}

const perHour = (micros: number): string => `${micros >= 0 ? '+' : '−'}$${(Math.abs(micros) / 1_000_000).toFixed(3)}/h`;
const KEYS = '123456789';

export const POSTURE_NAMES = { backupRestore: 'backup & restore', pilotLight: 'pilot light', warmStandby: 'warm standby', activeActive: 'multi-site active/active' } as const;
const POSTURE_COST = {
  backupRestore: 'cheapest: only backups cross the Region; recovery takes hours',
  pilotLight: 'a live database replica; the app is deployed on the day (10s of minutes)',
  warmStandby: 'a scaled-down copy always running; recovery in minutes',
  activeActive: 'full capacity in both Regions; near-zero downtime, about twice the cost',
} as const;

/** Every action the level allows on the selection, in a stable order. */
export function actionsFor(world: World, sel: Selection): Action[] {
  const allowed = world.scenario.allowedCommands;
  const can = (t: Command['type']) => !allowed || allowed.length === 0 || allowed.includes(t);
  const out: Action[] = [];
  const add = (a: Action) => {
    if (can(a.command.type)) out.push(a);
  };
  switch (sel.kind) {
    case 'zone':
      zoneActions(world, sel.id, add);
      break;
    case 'instance':
      instanceActions(world, sel.id, add);
      break;
    case 'loadBalancer':
      loadBalancerActions(world, sel.id, add);
      break;
    case 'scalingGroup':
      groupActions(world, sel.id, add);
      break;
    case 'database':
      databaseActions(world, sel.id, add);
      break;
    case 'region':
      regionActions(world, sel.id, add);
      break;
    case 'service':
      add({
        label: world.sessions.mode === 'memory' ? 'Keep sessions in a store' : 'Keep sessions in memory',
        key: 'j',
        command: { type: 'session.setMode', mode: world.sessions.mode === 'memory' ? 'store' : 'memory' },
        consequence: world.sessions.mode === 'memory' ? `sessions survive instances; ${perHour(PRICES.sessionStoreHourMicros)}` : 'sessions die with their instance',
      });
  }
  return out;
}

type Add = (a: Action) => void;

const launchableTypes = (world: World): string[] => (world.scenario.allowedInstanceTypes ?? ['t3.small', 'm5.large', 'm5.xlarge', 'm5.2xlarge']).slice(0, 9);

function zoneActions(world: World, zoneId: string, add: Add): void {
  const zone = world.zones.find((z) => z.id === zoneId);
  if (!zone) return;
  const lb = world.loadBalancers.find((l) => l.regionId === zone.regionId);
  launchableTypes(world).forEach((t, i) => {
    const spec = instanceType(t);
    if (!spec) return;
    add({
      label: `Launch ${t}`,
      key: KEYS[i] ?? '',
      command: { type: 'instance.launch', zoneId: zone.id, instanceType: t, ...(lb ? { loadBalancerId: lb.id } : {}) },
      consequence: `boots in about ${TIMING.bootTicks + TIMING.appStartTicks} s${lb ? `, joins ${lb.id}` : ''}, serves ${spec.capacityRps} req/s, ${perHour(spec.priceMicrosPerHour)}`,
    });
  });
}

function instanceActions(world: World, id: string, add: Add): void {
  const inst = world.instances.find((i) => i.id === id);
  if (!inst) return;
  const rate = instanceHourlyMicros(inst);
  const lb = world.loadBalancers.find((l) => l.regionId === inst.regionId);
  const behind = world.loadBalancers.find((l) => l.targets.some((t) => t.instanceId === inst.id));
  if (inst.state === 'running' || inst.state === 'pending') {
    add({ label: 'Stop', key: 'o', command: { type: 'instance.stop', instanceId: inst.id }, consequence: `stops in ${TIMING.stopTicks} s; then only its ${inst.diskGb} GB disk bills (${perHour(-rate)}); memory and sessions are lost` });
    add({ label: 'Reboot', key: 'b', command: { type: 'instance.reboot', instanceId: inst.id }, consequence: `down for about ${TIMING.rebootTicks} s; sessions in memory are lost; billing continues` });
  }
  if (inst.state === 'stopped') {
    add({ label: 'Start', key: 'a', command: { type: 'instance.start', instanceId: inst.id }, consequence: `boots in about ${TIMING.bootTicks + TIMING.appStartTicks} s; bills ${perHour(rate)} (at least 60 s)` });
    const spec = instanceType(inst.type);
    if (spec) {
      INSTANCE_TYPES.filter((t) => t.family === spec.family && t.name !== spec.name && launchableTypes(world).includes(t.name)).forEach((t, i) =>
        add({ label: `Resize to ${t.name}`, key: KEYS[i] ?? '', command: { type: 'instance.resize', instanceId: inst.id, instanceType: t.name }, consequence: `serves ${t.capacityRps} req/s once started, ${perHour(t.priceMicrosPerHour - spec.priceMicrosPerHour)}` }),
      );
    }
  }
  if (inst.state === 'terminated' || inst.state === 'shuttingDown') return;
  if (behind) add({ label: `Detach from ${behind.id}`, key: 'd', command: { type: 'loadBalancer.detach', loadBalancerId: behind.id, instanceId: inst.id }, consequence: 'the load balancer stops sending it requests at once (do this before a stop)' });
  else if (lb) add({ label: `Attach to ${lb.id}`, key: 'l', command: { type: 'loadBalancer.attach', loadBalancerId: lb.id, instanceId: inst.id }, consequence: 'gets traffic after it passes one health check' });
  add({ label: 'Terminate', key: 't', command: { type: 'instance.terminate', instanceId: inst.id }, consequence: 'gone for good: stops billing, cannot be started again', confirm: `Terminate ${inst.id}? A terminated instance cannot be started again.` });
}

function loadBalancerActions(world: World, id: string, add: Add): void {
  const lb = world.loadBalancers.find((l) => l.id === id);
  if (!lb) return;
  add({ label: lb.sticky ? 'Sticky sessions off' : 'Sticky sessions on', key: 'k', command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, sticky: !lb.sticky }, consequence: lb.sticky ? 'requests spread freely again' : 'each user keeps to one instance (its session is lost if that instance goes)' });
  add({ label: lb.crossZone ? 'Cross-zone off' : 'Cross-zone on', key: 'x', command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, crossZone: !lb.crossZone }, consequence: lb.crossZone ? 'each AZ node only uses its own AZ’s targets' : 'every node spreads over all AZs' });
  const fast = lb.healthCheck.intervalTicks <= 5;
  add({
    label: fast ? 'Default health checks (30 s)' : 'Fast health checks (5 s)',
    key: 'f',
    command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, healthCheck: fast ? { intervalSeconds: 30, unhealthyThreshold: 2 } : { intervalSeconds: 5, unhealthyThreshold: 2 } },
    consequence: fast ? 'a dead target is caught in 30–60 s' : 'a dead target is caught in 5–10 s',
  });
}

function groupActions(world: World, id: string, add: Add): void {
  const g = world.scalingGroups.find((x) => x.id === id);
  if (!g) return;
  const rate = instanceType(g.type)?.priceMicrosPerHour ?? 0;
  if (g.desired < g.max) add({ label: 'Desired +1', key: '+', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, desired: g.desired + 1 }, consequence: `one more ${g.type}, ${perHour(rate)}` });
  if (g.desired > g.min) add({ label: 'Desired −1', key: '-', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, desired: g.desired - 1 }, consequence: `scales in one instance (its in-memory sessions are lost), ${perHour(-rate)}` });
  add({ label: 'Max +2', key: 'm', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, max: g.max + 2 }, consequence: 'room to scale out further' });
  add({
    label: g.policy ? 'Remove target tracking' : 'Target tracking: CPU 50 %',
    key: 'p',
    command: g.policy ? { type: 'scalingGroup.setPolicy', scalingGroupId: g.id, metric: 'none' } : { type: 'scalingGroup.setPolicy', scalingGroupId: g.id, metric: 'cpu', target: 50 },
    consequence: g.policy ? 'capacity stays where you put it' : 'scales out after 3 minutes above 50 %, in after 15 below',
  });
}

function databaseActions(world: World, id: string, add: Add): void {
  const db = world.databases.find((d) => d.id === id);
  if (!db) return;
  const base = DATABASE_SIZES[db.size];
  if (!db.multiAz) add({ label: 'Enable Multi-AZ', key: 'u', command: { type: 'database.enableMultiAz', databaseId: db.id }, consequence: `a synchronous standby in another AZ (in sync after ${DATABASE.standbyRebuildTicks / 60} min); failover 60–120 s, no data lost; ${perHour(base)}` });
  else add({ label: 'Fail over now', key: 'v', command: { type: 'database.failOver', databaseId: db.id }, consequence: 'writes fail for 60–120 s while the standby takes over' });
  const zone = world.zones.find((z) => z.regionId === db.regionId && z.id !== db.primaryZoneId);
  if (zone) add({ label: `Read replica in ${zone.id}`, key: 'r', command: { type: 'database.addReadReplica', databaseId: db.id, zoneId: zone.id }, consequence: `serves reads while the primary is away; ${perHour(base)}` });
  add({ label: 'Snapshot', key: 'n', command: { type: 'database.snapshot', databaseId: db.id }, consequence: `a restore point now; $${(PRICES.snapshotGbMonthMicros / 1e6).toFixed(3)}/GB-month` });
  if (db.state === 'down') add({ label: 'Restore from backup', key: 'e', command: { type: 'database.restore', databaseId: db.id }, consequence: `a new instance in about ${DATABASE.restoreTicks / 60} min; writes since the last backup are lost` });
}

function regionActions(world: World, id: string, add: Add): void {
  const other = world.regions.find((r) => r.id !== id);
  if (!world.dr && other) {
    DR_POSTURES.forEach((p, i) =>
      add({ label: `DR: ${POSTURE_NAMES[p]}`, key: KEYS[i] ?? '', command: { type: 'dr.setPosture', posture: p, primaryRegionId: id, drRegionId: other.id }, consequence: POSTURE_COST[p] }),
    );
  }
  const dr = world.dr;
  if (dr && dr.primaryRegionId === id && dr.state === 'normal') {
    add({ label: `Fail over to ${dr.drRegionId}`, key: 'f', command: { type: 'region.failOver', fromRegionId: id, toRegionId: dr.drRegionId }, consequence: 'runs the DR runbook: data, compute, then DNS' });
  }
  if (dr && dr.state === 'failedOver') add({ label: 'Fail back', key: 'g', command: { type: 'region.failBack' }, consequence: 'returns traffic and data to the primary Region' });
}
