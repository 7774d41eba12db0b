import { quotaRefusal } from '../instance/instanceQuota';
import type { EventSink } from '../../core/events';
import type { SystemDef } from '../../core/serviceKind';
import { changeFeed, drain } from '../../core/changes';
import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import type { Instance } from '../instance/state';
import { ALIVE, isServing } from '../instance/tags';
import { findInstance } from '../instance/findInstance';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { targetInstances } from '../loadBalancer/resolveTargets';
import type { LoadBalancer } from '../loadBalancer/state';
import { findZone } from '../places/places';
import { SCALING_DEFAULTS } from './constants';
import { membersOf, retire } from './groupMembers';
import { launchToward, rebalance, scaleIn } from './launches';
import type { ScalingGroup } from './state';
import { DATAPOINT_TICKS, trackTarget } from './targetTracking';
import { IDLE, transitionGroup } from './transitionGroup';

/** Auto Scaling works on a cadence, not continuously: health and capacity are reconciled every 10 s. */
const RECONCILE_TICKS = 10;

/**
 * EC2 Auto Scaling, once per tick per group, in this order: scheduled actions; replacing unhealthy
 * members (terminate, then launch); target tracking; then launching or terminating toward `desired`,
 * keeping Availability Zones balanced. Launches into a dead or capacity-starved AZ fail with
 * InsufficientInstanceCapacity and are tried in the group's other AZs (DOMAIN §5.4, §13.2).
 */
export const autoscale: SystemDef = {
  name: 'scalingGroup.autoscale',
  phase: 'scaling',
  run(world, { up, events }) {
    if (world.scalingGroups.length === 0) return;
    const now = world.tick;
    for (const g of world.scalingGroups) applySchedule(world, g, now);
    if (now % RECONCILE_TICKS !== 0) return;
    const quiet = quietSlot(world);
    const dirty = dirtyGroups(world);
    for (const g of world.scalingGroups) {
      const inputs = inputsOf(world, g);
      const last = quiet.get(g);
      // The last reconcile changed nothing, no member changed and nothing else it reads has changed
      // since, and no time threshold has passed: it would change nothing again.
      const unchanged = last !== undefined && !dirty.all && !dirty.groups.has(g.id) && sameInputs(last.inputs, inputs);
      const datapoint = g.policy !== null && now % DATAPOINT_TICKS === 0;
      if (unchanged && now < last.wake && !datapoint) continue;
      const live = membersOf(world, g);
      const eventsBefore = events.length;
      runGroup(world, g, live, up, events);
      const after = inputsOf(world, g);
      if (events.length === eventsBefore && sameInputs(inputs, after)) quiet.set(g, { inputs: after, wake: timeWake(world, g, live) });
      else quiet.delete(g);
    }
  },
};

/** The groups one of whose members changed since the last reconcile (or all, after a zone or Region change). */
function dirtyGroups(world: World): { all: boolean; groups: Set<string> } {
  const feed = changeFeed(world, 'scalingGroup.members');
  const changed = drain(feed);
  const groups = new Set<string>();
  for (const id of changed.ids) {
    const inst = findInstance(world, id);
    if (inst?.scalingGroupId) groups.add(inst.scalingGroupId);
  }
  return { all: changed.all, groups };
}

/** Everything a reconcile reads besides its members and the clock: the group's own settings and state. */
interface Inputs {
  lbTargets: number;
  lbHealth: number;
  desired: number;
  min: number;
  max: number;
  zones: string[];
  state: string;
  policy: ScalingGroup['policy'];
  healthCheckType: string;
  grace: number;
  warmup: number;
  cooldownUntil: number;
  launchRetry: number;
}

function inputsOf(world: World, g: ScalingGroup): Inputs {
  const lb = g.loadBalancerId !== null ? findLoadBalancer(world, g.loadBalancerId) : undefined;
  return {
    lbTargets: lb?.targetsVersion ?? -1,
    lbHealth: lb?.healthVersion ?? -1,
    desired: g.desired,
    min: g.min,
    max: g.max,
    zones: g.zoneIds,
    state: g.state,
    policy: g.policy,
    healthCheckType: g.healthCheckType,
    grace: g.healthCheckGraceTicks,
    warmup: g.warmupTicks,
    cooldownUntil: g.cooldownUntilTick,
    launchRetry: g.launchRetryTick,
  };
}

function sameInputs(a: Inputs, b: Inputs): boolean {
  return (
    a.lbTargets === b.lbTargets &&
    a.lbHealth === b.lbHealth &&
    a.desired === b.desired &&
    a.min === b.min &&
    a.max === b.max &&
    a.zones === b.zones &&
    a.state === b.state &&
    a.policy === b.policy &&
    a.healthCheckType === b.healthCheckType &&
    a.grace === b.grace &&
    a.warmup === b.warmup &&
    a.cooldownUntil === b.cooldownUntil &&
    a.launchRetry === b.launchRetry
  );
}

/**
 * The first tick at which the clock alone could make a quiet group act: its cooldown ending, its
 * launch back-off ending, an unhealthy member's health-check grace running out, or one of its AZs
 * taking launches again. (Target-tracking datapoints are read every minute regardless.)
 */
function timeWake(world: World, g: ScalingGroup, live: readonly Instance[]): number {
  const now = world.tick;
  let wake = Number.MAX_SAFE_INTEGER;
  if (g.state === 'cooldown' && g.cooldownUntilTick > now) wake = Math.min(wake, g.cooldownUntilTick);
  if (g.launchRetryTick > now) wake = Math.min(wake, g.launchRetryTick);
  for (const inst of live) {
    const graceEnds = inst.runningSinceTick + g.healthCheckGraceTicks;
    if (inst.state === 'running' && graceEnds > now) wake = Math.min(wake, graceEnds);
  }
  // An AZ that takes launches again (its capacity back, its recovery over) can be launched into.
  for (const zoneId of g.zoneIds) {
    const zone = findZone(world, zoneId);
    if (!zone) continue;
    if (zone.launchBlockedUntilTick > now) wake = Math.min(wake, zone.launchBlockedUntilTick);
    if (zone.state === 'recovering' && zone.deadlineTick > now) wake = Math.min(wake, zone.deadlineTick);
  }
  return wake;
}

const quietSlot = derivedSlot('scalingGroup.quiet', () => new WeakMap<ScalingGroup, { inputs: Inputs; wake: number }>());

function applySchedule(world: World, g: ScalingGroup, now: number): void {
  for (const s of g.scheduled) {
    if (s.atTick !== now) continue;
    const min = s.min ?? g.min;
    const max = s.max ?? g.max;
    // Auto Scaling refuses an action that would leave min above max; so does this. A raise past the
    // game's instance cap is skipped too, as the command that asked for it now would be refused.
    if (min > max || quotaRefusal(world, max - g.max) !== null) continue;
    g.min = min;
    g.max = max;
    g.desired = Math.min(Math.max(s.desired ?? g.desired, min), max);
  }
}

function runGroup(world: World, g: ScalingGroup, live: Instance[], up: ReadonlySet<string>, events: EventSink): void {
  const now = world.tick;
  const lb = g.healthCheckType === 'elb' && g.loadBalancerId !== null ? findLoadBalancer(world, g.loadBalancerId) : undefined;
  const health = lb ? memberHealth(world, lb, g) : null;
  let unhealthy: Instance[] | null = null;
  for (const inst of live) if (isUnhealthy(world, g, inst, health)) (unhealthy ??= []).push(inst);
  // Every state of the machine accepts REPLACE: health replacement never waits.
  if (unhealthy !== null && transitionGroup(g, { type: 'REPLACE' }).ok) {
    // Replace at most 10 % of desired capacity at a time (at least one).
    const batch = Math.max(1, Math.floor((g.desired * SCALING_DEFAULTS.replaceFractionPct) / 100));
    for (const inst of unhealthy.slice(0, batch)) {
      const why = inst.state === 'running' ? 'failed its ELB health check' : `not running (${inst.state}): EC2 status check`;
      retire(world, inst, `${g.id}: ${why}`, events);
    }
    events.push({ tick: now, type: 'scalingGroup.replacingUnhealthy', subject: g.id, value: Math.min(batch, unhealthy.length) });
  }
  // Members are alive; only a replacement just now can have retired some.
  const alive = unhealthy === null ? live : live.filter((inst) => inst.state !== 'shuttingDown' && inst.state !== 'terminated');

  // A cooldown that is over ends before the policy is read, so its scale-in is not refused for nothing.
  if (g.state === 'cooldown' && now >= g.cooldownUntilTick && transitionGroup(g, { type: 'COOLED' }).ok) {
    events.push({ tick: now, type: 'scalingGroup.cooledDown', subject: g.id });
  }
  if (g.policy && now % DATAPOINT_TICKS === 0) trackTarget(world, g, alive, events);

  // Surplus is scaled in only once every newcomer is in service (launch before terminate): each
  // member serving and, with ELB checks, registered and healthy. Retired members are deregistered.
  let serving = 0;
  let pending = false;
  for (const i of alive) {
    if (i.state === 'pending') pending = true;
    else if (isServing(i, now)) serving++;
  }
  const launching = serving < alive.length || (health !== null && memberHealth(world, lb!, g).healthy < alive.length);
  let launchedNow = false;
  if (alive.length < g.desired) {
    const wasIdle = IDLE.has(g.state);
    launchedNow = launchToward(world, g, alive, up, events);
    // Launches toward desired from an idle group are a scale-out (a replacement's launches are not).
    if (launchedNow && wasIdle) void transitionGroup(g, { type: 'SCALE_OUT' });
  } else if (alive.length > g.desired && !launching) {
    scaleIn(world, g, alive, alive.length - g.desired, events);
  } else if (!launching) {
    rebalance(world, g, alive, up, events);
  }

  if ((g.state === 'scalingOut' || g.state === 'scalingIn' || g.state === 'replacing') && !launchedNow && !pending) {
    void transitionGroup(g, { type: 'SETTLED' });
  }
}

/**
 * The group's members as its load balancer sees them, in one pass over the targets (no lookup per
 * member): how many alive members are registered and healthy, and which are marked unhealthy.
 */
function memberHealth(world: World, lb: LoadBalancer, g: ScalingGroup): { healthy: number; unhealthy: Set<string> } {
  const { instances } = targetInstances(world, lb);
  let healthy = 0;
  const unhealthy = new Set<string>();
  for (let t = 0; t < lb.targets.length; t++) {
    const inst = instances[t];
    if (!inst || inst.scalingGroupId !== g.id || !ALIVE.has(inst.state)) continue;
    const h = lb.targets[t]!.health;
    if (h === 'healthy') healthy++;
    else if (h === 'unhealthy') unhealthy.add(inst.id);
  }
  return { healthy, unhealthy };
}

/** EC2 checks: not running means unhealthy at once. ELB checks: the target group says so, after the grace period. */
function isUnhealthy(world: World, g: ScalingGroup, inst: Instance, health: { unhealthy: Set<string> } | null): boolean {
  if (inst.state === 'pending' || inst.state === 'rebooting') return false;
  if (inst.state !== 'running') return true;
  if (health === null || world.tick < inst.runningSinceTick + g.healthCheckGraceTicks) return false;
  return health.unhealthy.has(inst.id);
}
