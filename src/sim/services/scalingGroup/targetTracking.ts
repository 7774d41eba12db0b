import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { TIMING } from '../instance/constants';
import { instanceLoads } from '../instance/load';
import type { Instance } from '../instance/state';
import { SCALING_DEFAULTS } from './constants';
import type { ScalingGroup } from './state';
import { transitionGroup } from './transitionGroup';

/** Target tracking reads one-minute CloudWatch datapoints (detailed monitoring). */
export const DATAPOINT_TICKS = 60;

const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/**
 * Target tracking: the metric is the average over members that have finished warming up. After
 * 3 one-minute datapoints above target, desired grows in proportion (rounded up: "add 1.5 → 2");
 * after 15 below, it shrinks by at most 10 % (DOMAIN §5.4). A scale-in needs the group's machine to
 * accept it: never during a cooldown, never while another activity is under way; the alarm stays
 * raised until it can act.
 */
export function trackTarget(world: World, g: ScalingGroup, alive: Instance[], events: EventSink): void {
  const now = world.tick;
  const policy = g.policy!;
  // One pass over the fleet, reading the last tick's loads by position (no lookup per member).
  const loads = instanceLoads(world);
  const list = world.instances;
  let warmCount = 0;
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    if (inst.scalingGroupId !== g.id || inst.state !== 'running' || inst.appReadyTick === null || now < inst.appReadyTick + g.warmupTicks) continue;
    warmCount++;
    // A change of state since the last routed tick means no load (the instance has not been routed to since).
    if (inst.stateSinceTick > world.flows.tick) continue;
    sum += policy.metric === 'cpu' ? loads.utilisation[i]! * 100 : loads.loadRps[i]!;
  }
  if (warmCount === 0) return;
  const metric = sum / warmCount;
  // Each evaluation is one one-minute datapoint; the counters are kept in seconds.
  g.aboveTicks = metric > policy.target ? g.aboveTicks + DATAPOINT_TICKS : 0;
  g.belowTicks = metric < policy.target * 0.9 ? g.belowTicks + DATAPOINT_TICKS : 0;
  // Scale-out waits only for the last newcomers to warm up; scale-in also honours the cooldown.
  if (now < g.scaleOutHoldUntilTick) return;
  if (g.aboveTicks >= SCALING_DEFAULTS.scaleOutAlarmTicks) {
    const wanted = clamp(Math.ceil((warmCount * metric) / policy.target) + (alive.length - warmCount), g.min, g.max);
    if (wanted > g.desired && transitionGroup(g, { type: 'SCALE_OUT' }).ok) {
      events.push({ tick: now, type: 'scalingGroup.scaledOut', subject: g.id, value: wanted, detail: `metric ${Math.round(metric)} > ${policy.target}` });
      g.desired = wanted;
      // New instances must boot and warm up before their metrics count.
      g.scaleOutHoldUntilTick = now + TIMING.bootTicks + TIMING.appStartTicks + g.warmupTicks;
      g.cooldownUntilTick = Math.max(g.cooldownUntilTick, g.scaleOutHoldUntilTick);
    }
    g.aboveTicks = 0;
  } else if (g.belowTicks >= SCALING_DEFAULTS.scaleInAlarmTicks && now >= g.cooldownUntilTick) {
    const proportional = Math.ceil((warmCount * metric) / policy.target);
    const step = Math.max(1, Math.floor(g.desired / 10));
    const wanted = clamp(Math.max(proportional, g.desired - step), g.min, g.max);
    if (wanted >= g.desired) {
      g.belowTicks = 0;
      return;
    }
    // Refused while the group is busy or cooling down: the alarm stays raised and tries again.
    if (!transitionGroup(g, { type: 'SCALE_IN' }).ok) return;
    events.push({ tick: now, type: 'scalingGroup.scaledIn', subject: g.id, value: wanted, detail: `metric ${Math.round(metric)} < ${policy.target}` });
    g.desired = wanted;
    g.cooldownUntilTick = now + g.cooldownTicks;
    g.belowTicks = 0;
  }
}
