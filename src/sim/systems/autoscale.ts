import { advance } from '../machines/advance';
import { scalingMachine } from '../machines/scalingMachine';
import type { EventSink } from '../events';
import { SCALING_DEFAULTS, TIMING } from '../model/constants';
import type { ScalingState } from '../model/lifecycles';
import type { Instance, ScalingGroup, Target, World } from '../model/world';
import { isServing, launchInstance, transitionInstance } from '../instanceOps';
import { findLoadBalancer, findZone, targetHealthById } from '../lookup';
import { deregisterEverywhere } from '../targets';

type ScalingEvent = 'SCALE_OUT' | 'SCALE_IN' | 'REPLACE' | 'SETTLED' | 'COOLED';

/**
 * EC2 Auto Scaling, once per tick per group, in this order: scheduled actions; replacing unhealthy
 * members (terminate, then launch); target tracking (scale out proportionally after 3 minutes above
 * target, in gradually after 15 minutes below); then launching or terminating toward `desired`,
 * keeping Availability Zones balanced. Launches into a dead or capacity-starved AZ fail with
 * InsufficientInstanceCapacity and are tried in the group's other AZs (DOMAIN §5.4, §13.2).
 */
export function autoscale(world: World, up: Set<string>, events: EventSink): void {
  if (world.scalingGroups.length === 0) return;
  const now = world.tick;
  for (const g of world.scalingGroups) applySchedule(g, now);
  // Auto Scaling works on a cadence, not continuously: health and capacity are reconciled every
  // 10 s, and target tracking reads one-minute CloudWatch datapoints (detailed monitoring).
  if (now % RECONCILE_TICKS !== 0) return;
  const members = groupMembers(world);
  for (const g of world.scalingGroups) runGroup(world, g, members.get(g.id) ?? [], up, events);
}

const RECONCILE_TICKS = 10;
const DATAPOINT_TICKS = 60;

function applySchedule(g: ScalingGroup, now: number): void {
  for (const s of g.scheduled) {
    if (s.atTick !== now) continue;
    const min = s.min ?? g.min;
    const max = s.max ?? g.max;
    // Auto Scaling refuses an action that would leave min above max; so does this.
    if (min > max) continue;
    g.min = min;
    g.max = max;
    g.desired = clamp(s.desired ?? g.desired, min, max);
  }
}

function groupMembers(world: World): Map<string, Instance[]> {
  const out = new Map<string, Instance[]>();
  for (const inst of world.instances) {
    if (inst.scalingGroupId === null || inst.state === 'terminated' || inst.state === 'shuttingDown') continue;
    let list = out.get(inst.scalingGroupId);
    if (!list) out.set(inst.scalingGroupId, (list = []));
    list.push(inst);
  }
  return out;
}

function runGroup(world: World, g: ScalingGroup, live: Instance[], up: Set<string>, events: EventSink): void {
  const now = world.tick;
  const lb = g.healthCheckType === 'elb' && g.loadBalancerId !== null ? findLoadBalancer(world, g.loadBalancerId) : undefined;
  const health = lb ? targetHealthById(world, lb) : null;
  const unhealthy: Instance[] = [];
  for (const inst of live) if (isUnhealthy(world, g, inst, health)) unhealthy.push(inst);
  if (unhealthy.length > 0) {
    // Replace at most 10 % of desired capacity at a time (at least one).
    const batch = Math.max(1, Math.floor((g.desired * SCALING_DEFAULTS.replaceFractionPct) / 100));
    for (const inst of unhealthy.slice(0, batch)) {
      const why = inst.state === 'running' ? 'failed its ELB health check' : `not running (${inst.state}): EC2 status check`;
      retire(world, inst, `${g.id}: ${why}`, events);
    }
    events.push({ tick: now, type: 'scalingGroup.replacingUnhealthy', subject: g.id, value: Math.min(batch, unhealthy.length) });
    setState(g, 'REPLACE');
  }
  const alive = live.filter((inst) => inst.state !== 'shuttingDown' && inst.state !== 'terminated');

  if (g.policy && now % DATAPOINT_TICKS === 0) trackTarget(world, g, alive, events);

  // Surplus is scaled in only once every newcomer is in service (launch before terminate).
  const launching = alive.some((i) => i.state === 'pending' || !isServing(i, now) || (health !== null && health.get(i.id)?.health !== 'healthy'));
  let launchedNow = false;
  if (alive.length < g.desired) {
    launchedNow = launchToward(world, g, alive, up, events);
  } else if (alive.length > g.desired && !launching) {
    scaleIn(world, g, alive, alive.length - g.desired, events);
  } else if (!launching) {
    rebalance(world, g, alive, up, events);
  }

  if (g.state === 'cooldown' && now >= g.cooldownUntilTick) {
    setState(g, 'COOLED');
    events.push({ tick: now, type: 'scalingGroup.cooledDown', subject: g.id });
  } else if ((g.state === 'scalingOut' || g.state === 'scalingIn' || g.state === 'replacing') && !launchedNow && !alive.some((i) => i.state === 'pending')) {
    setState(g, 'SETTLED');
  }
}

/** EC2 checks: not running means unhealthy at once. ELB checks: the target group says so, after the grace period. */
function isUnhealthy(world: World, g: ScalingGroup, inst: Instance, health: Map<string, Target> | null): boolean {
  if (inst.state === 'pending' || inst.state === 'rebooting') return false;
  if (inst.state !== 'running') return true;
  if (health === null || world.tick < inst.runningSinceTick + g.healthCheckGraceTicks) return false;
  return health.get(inst.id)?.health === 'unhealthy';
}

/**
 * Target tracking: the metric is the average over members that have finished warming up. After
 * 3 one-minute datapoints above target, desired grows in proportion (rounded up: "add 1.5 → 2");
 * after 15 below, it shrinks by at most 10 % (DOMAIN §5.4).
 */
function trackTarget(world: World, g: ScalingGroup, alive: Instance[], events: EventSink): void {
  const now = world.tick;
  const policy = g.policy!;
  const warm = alive.filter((i) => i.state === 'running' && i.appReadyTick !== null && now >= i.appReadyTick + g.warmupTicks);
  if (warm.length === 0) return;
  let sum = 0;
  for (const i of warm) sum += policy.metric === 'cpu' ? i.utilisation * 100 : i.loadRps;
  const metric = sum / warm.length;
  // Each evaluation is one one-minute datapoint; the counters are kept in seconds.
  g.aboveTicks = metric > policy.target ? g.aboveTicks + DATAPOINT_TICKS : 0;
  g.belowTicks = metric < policy.target * 0.9 ? g.belowTicks + DATAPOINT_TICKS : 0;
  // Scale-out waits only for the last newcomers to warm up; scale-in also honours the cooldown.
  if (now < g.scaleOutHoldUntilTick) return;
  if (g.aboveTicks >= SCALING_DEFAULTS.scaleOutAlarmTicks) {
    const wanted = clamp(Math.ceil((warm.length * metric) / policy.target) + (alive.length - warm.length), g.min, g.max);
    if (wanted > g.desired) {
      events.push({ tick: now, type: 'scalingGroup.scaledOut', subject: g.id, value: wanted, detail: `metric ${Math.round(metric)} > ${policy.target}` });
      g.desired = wanted;
      setState(g, 'SCALE_OUT');
      // New instances must boot and warm up before their metrics count.
      g.scaleOutHoldUntilTick = now + TIMING.bootTicks + TIMING.appStartTicks + g.warmupTicks;
      g.cooldownUntilTick = Math.max(g.cooldownUntilTick, g.scaleOutHoldUntilTick);
    }
    g.aboveTicks = 0;
  } else if (g.belowTicks >= SCALING_DEFAULTS.scaleInAlarmTicks && now >= g.cooldownUntilTick) {
    const proportional = Math.ceil((warm.length * metric) / policy.target);
    const step = Math.max(1, Math.floor(g.desired / 10));
    const wanted = clamp(Math.max(proportional, g.desired - step), g.min, g.max);
    if (wanted < g.desired) {
      events.push({ tick: now, type: 'scalingGroup.scaledIn', subject: g.id, value: wanted, detail: `metric ${Math.round(metric)} < ${policy.target}` });
      g.desired = wanted;
      setState(g, 'SCALE_IN');
      g.cooldownUntilTick = now + g.cooldownTicks;
    }
    g.belowTicks = 0;
  }
}

/** After every AZ refused a launch, wait before trying again (Auto Scaling backs off too). */
const LAUNCH_RETRY_TICKS = 30;

/** Launches toward desired; true when it launched anything. */
function launchToward(world: World, g: ScalingGroup, alive: Instance[], up: Set<string>, events: EventSink): boolean {
  if (world.tick < g.launchRetryTick) return false;
  let launched = false;
  const counts = zoneCounts(g, alive);
  for (let n = alive.length; n < g.desired; n++) {
    const zoneId = pickLaunchZone(world, g, counts, up, events);
    if (zoneId === null) {
      g.launchRetryTick = world.tick + LAUNCH_RETRY_TICKS;
      return launched;
    }
    launched = true;
    const inst = launchInstance(world, { zoneId, type: g.type, purchase: g.purchase, scalingGroupId: g.id }, events);
    inst.attachOnRunning = g.loadBalancerId;
    counts.set(zoneId, (counts.get(zoneId) ?? 0) + 1);
    if (g.state === 'steady' || g.state === 'cooldown') setState(g, 'SCALE_OUT');
  }
  return launched;
}

/** The least-populated AZ that can take a launch; each refusal is an event the player can read. */
function pickLaunchZone(world: World, g: ScalingGroup, counts: Map<string, number>, up: Set<string>, events: EventSink): string | null {
  const order = [...g.zoneIds].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const zoneId of order) {
    if (canLaunchInto(world, zoneId, up)) return zoneId;
    events.push({ tick: world.tick, type: 'scalingGroup.launchFailed', subject: g.id, detail: `${zoneId}: InsufficientInstanceCapacity` });
  }
  return null;
}

export function canLaunchInto(world: World, zoneId: string, up: Set<string>): boolean {
  const zone = findZone(world, zoneId);
  return !!zone && up.has(zoneId) && zone.state !== 'recovering' && world.tick >= zone.launchBlockedUntilTick;
}

/** Scale in from the most populated AZ first, newest instance first within it. */
function scaleIn(world: World, g: ScalingGroup, alive: Instance[], count: number, events: EventSink): void {
  const counts = zoneCounts(g, alive);
  for (let k = 0; k < count; k++) {
    const zoneId = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const victim = [...alive].reverse().find((i) => i.zoneId === zoneId && i.state !== 'shuttingDown' && i.state !== 'terminated');
    if (!victim || zoneId === undefined) return;
    retire(world, victim, `${g.id}: scale in`, events);
    counts.set(zoneId, (counts.get(zoneId) ?? 1) - 1);
  }
}

/** AZ rebalancing: launch into the emptiest AZ first; the surplus is scaled in once it is running. */
function rebalance(world: World, g: ScalingGroup, alive: Instance[], up: Set<string>, events: EventSink): void {
  if (g.zoneIds.length < 2 || alive.length < 2) return;
  const counts = zoneCounts(g, alive);
  const values = g.zoneIds.map((z) => counts.get(z) ?? 0);
  if (Math.max(...values) - Math.min(...values) < 2) return;
  const emptiest = g.zoneIds[values.indexOf(Math.min(...values))]!;
  if (!canLaunchInto(world, emptiest, up)) return;
  const inst = launchInstance(world, { zoneId: emptiest, type: g.type, purchase: g.purchase, scalingGroupId: g.id }, events);
  inst.attachOnRunning = g.loadBalancerId;
}

/** Auto Scaling takes an instance out of its target groups before terminating it, so no request is sent to it. */
function retire(world: World, inst: Instance, why: string, events: EventSink): void {
  deregisterEverywhere(world, inst.id, events);
  transitionInstance(world, inst, 'TERMINATE', events, why);
}

function zoneCounts(g: ScalingGroup, alive: Instance[]): Map<string, number> {
  const counts = new Map(g.zoneIds.map((z) => [z, 0]));
  for (const i of alive) if (counts.has(i.zoneId)) counts.set(i.zoneId, counts.get(i.zoneId)! + 1);
  return counts;
}

function setState(g: ScalingGroup, type: ScalingEvent): void {
  g.state = (advance(scalingMachine, g.state, { type }) as ScalingState | null) ?? g.state;
}

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
