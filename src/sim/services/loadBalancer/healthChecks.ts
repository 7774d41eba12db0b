import { changeFeed, drain } from '../../core/changes';
import { derivedSlot } from '../../core/derived';
import type { EventSink } from '../../core/events';
import type { SystemDef } from '../../core/serviceKind';
import type { World } from '../../core/world';
import type { Instance } from '../instance/state';
import { isServing } from '../instance/tags';
import { targetIndex, targetInstances } from './resolveTargets';
import type { LoadBalancer, Target } from './state';

/**
 * Load balancer health checks. Each target is probed every interval; it is marked unhealthy after
 * `unhealthyThreshold` failed probes in a row (2 × 30 s ≈ 60 s at ALB defaults) and healthy again
 * after `healthyThreshold` passes (5 × 30 s = 150 s); a new target stays in its initial checks until
 * it passes one (DOMAIN §5.1). Until a dead target is caught it keeps receiving traffic: detection
 * delay is the heart of HA vs FT. A grey failure passes its probes — it answers /health, just slowly.
 *
 * Probes that can change nothing are not run: a healthy target that passes, an unhealthy (or not yet
 * healthy) one that fails, once its streak is settled, only confirms what the load balancer already
 * believes. Such a target is "settled"; its probe clock keeps its phase, and the first probe after
 * its answer changes lands on exactly the tick it would have. The load balancer looks at its targets
 * again only when something that decides an answer changes (a target, anything's liveness) or when a
 * target that is not settled is due a probe.
 */
export const targetHealthChecks: SystemDef = {
  name: 'loadBalancer.healthChecks',
  phase: 'targetHealth',
  run(world, { up, events }) {
    const now = world.tick;
    const wakes = wakeSlot(world);
    const feed = changeFeed(world, 'loadBalancer.health');
    const changed = feed.all || feed.ids.size > 0 ? drain(feed) : NOTHING;
    for (const lb of world.loadBalancers) {
      if (lb.activeFromTick > now) continue;
      const hc = lb.healthCheck;
      const w = wakes.get(lb);
      if (!w || changed.all || w.targets !== lb.targetsVersion || w.hc !== hc || w.interval !== hc.intervalTicks) {
        const fresh: HealthWake = { targets: lb.targetsVersion, hc, interval: hc.intervalTicks, tracked: new Set(), wake: 0 };
        fresh.wake = checkTargets(world, lb, up, events, null, fresh.tracked);
        wakes.set(lb, fresh);
        continue;
      }
      // Only what changed, and the targets whose probe is due.
      let ids: string[] | null = null;
      if (changed.ids.length > 0) {
        const index = targetIndex(lb);
        for (const id of changed.ids) if (index.has(id)) (ids ??= []).push(id);
      }
      if (ids === null && now < w.wake) continue;
      const look = new Set<string>(ids ?? []);
      if (now >= w.wake) for (const id of w.tracked) look.add(id);
      w.wake = checkTargets(world, lb, up, events, look, w.tracked);
    }
  },
};

const NOTHING = { all: false, ids: [] as string[] };

/** What each load balancer's targets were last looked at under, which are not settled, and when one is next due a probe. */
interface HealthWake {
  targets: number;
  hc: LoadBalancer['healthCheck'];
  interval: number;
  /** Instance ids of the targets that are not settled. */
  tracked: Set<string>;
  wake: number;
}
const wakeSlot = derivedSlot('loadBalancer.healthWakes', () => new WeakMap<LoadBalancer, HealthWake>());

/**
 * Probes what is due among the targets looked at (`only`, or all of them), keeps `tracked` to the
 * targets that are not settled, and returns the next tick one of those is due a probe.
 */
function checkTargets(world: World, lb: LoadBalancer, up: ReadonlySet<string>, events: EventSink, only: ReadonlySet<string> | null, tracked: Set<string>): number {
  const now = world.tick;
  const interval = lb.healthCheck.intervalTicks;
  const { instances, enabled } = targetInstances(world, lb);
  const index = targetIndex(lb);
  const look = (i: number) => {
    const t = lb.targets[i]!;
    const pass = answers(instances[i], enabled[i] === 1, now, up);
    if (!settled(t, pass)) {
      // Waking a settled target: its clock kept its phase while nobody looked.
      t.nextCheckTick = nextProbe(lb, t, now);
      if (t.nextCheckTick === now) {
        t.nextCheckTick = now + interval;
        probe(world, lb, t, pass, events);
      }
    }
    if (settled(t, pass)) tracked.delete(t.instanceId);
    else tracked.add(t.instanceId);
  };
  if (only === null) for (let i = 0; i < lb.targets.length; i++) look(i);
  else {
    // In target order, as a full pass would probe them: the events of one tick come out in the same order.
    const at: number[] = [];
    for (const id of only) {
      const i = index.get(id);
      if (i !== undefined) at.push(i);
    }
    at.sort((a, b) => a - b);
    for (const i of at) look(i);
  }
  let wake = Number.MAX_SAFE_INTEGER;
  for (const id of tracked) {
    const i = index.get(id);
    if (i === undefined) tracked.delete(id);
    else if (lb.targets[i]!.nextCheckTick < wake) wake = lb.targets[i]!.nextCheckTick;
  }
  return wake;
}

/** Would its next probe change nothing? Healthy and passing, or unhealthy (or initial) and failing, with the streak already reset. */
function settled(t: Target, pass: boolean): boolean {
  if (pass) return t.health === 'healthy' && t.failStreak === 0;
  return t.health !== 'healthy' && t.okStreak === 0;
}

function answers(inst: Instance | undefined, enabled: boolean, now: number, up: ReadonlySet<string>): boolean {
  return !!inst && enabled && isServing(inst, now) && up.has(inst.zoneId);
}

function probe(world: World, lb: LoadBalancer, t: Target, pass: boolean, events: EventSink): void {
  const now = world.tick;
  if (pass) {
    t.okStreak += 1;
    t.failStreak = 0;
    const need = t.health === 'initial' ? 1 : lb.healthCheck.healthyThreshold;
    if (t.health !== 'healthy' && t.okStreak >= need) {
      t.health = 'healthy';
      lb.healthVersion += 1;
      events.push({ tick: now, type: 'target.markedHealthy', subject: t.instanceId, detail: lb.id });
    }
    return;
  }
  t.failStreak += 1;
  t.okStreak = 0;
  // A target still in its initial checks (booting app) waits for its first pass; it is not failed.
  if (t.health === 'healthy' && t.failStreak >= lb.healthCheck.unhealthyThreshold) {
    t.health = 'unhealthy';
    lb.healthVersion += 1;
    events.push({ tick: now, type: 'target.markedUnhealthy', subject: t.instanceId, detail: `${lb.id}: failed ${t.failStreak} health checks in a row` });
  }
}

/**
 * Before a probe setting changes, every target's clock is brought to its next probe under the old
 * interval (the probe already scheduled still happens then; the new interval counts from it).
 */
export function settleProbeClocks(world: World, lb: LoadBalancer): void {
  if (lb.activeFromTick > world.tick) return;
  for (const t of lb.targets) t.nextCheckTick = nextProbe(lb, t, world.tick);
}

/**
 * The target's next probe at or after `now`: probes run every interval from its clock, and none runs
 * while the load balancer is still provisioning (the first comes the moment it is active).
 */
function nextProbe(lb: LoadBalancer, t: Target, now: number): number {
  const interval = lb.healthCheck.intervalTicks;
  let at = t.nextCheckTick < lb.activeFromTick ? lb.activeFromTick : t.nextCheckTick;
  if (at < now) at += Math.ceil((now - at) / interval) * interval;
  return at;
}

/** A load balancer that finished provisioning announces itself. */
export const loadBalancerLifecycle: SystemDef = {
  name: 'loadBalancer.lifecycle',
  phase: 'lifecycles',
  run(world, { events }) {
    const now = world.tick;
    for (const lb of world.loadBalancers) if (lb.activeFromTick === now && lb.createdTick !== now) events.push({ tick: now, type: 'loadBalancer.active', subject: lb.id });
  },
};
