import { takeDue } from '../../core/alarms';
import { noteInstanceChanged } from '../../core/changes';
import type { SystemDef } from '../../core/serviceKind';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { deregisterEverywhere, registerTarget } from '../loadBalancer/targets';
import { findInstance } from './findInstance';
import type { InstanceEvent, InstanceState } from './machine';
import type { Instance } from './state';
import { transitionInstance } from './transitionInstance';

/** The event that ends each timed state when its deadline passes. */
const DEADLINE_EVENT: Partial<Record<InstanceState, InstanceEvent>> = {
  pending: { type: 'BOOTED' },
  stopping: { type: 'STOPPED' },
  rebooting: { type: 'REBOOTED' },
  shuttingDown: { type: 'TERMINATED' },
};

/**
 * Ends every timed instance state whose deadline is this tick (boots, stops, reboots, terminations),
 * announces applications coming up, and carries out spot reclaims whose notice ran out. It looks only
 * at the instances whose alarm is due (set wherever a deadline, an app start or a notice is set), in
 * World order, so a quiet tick costs nothing however large the fleet.
 */
export const instanceLifecycle: SystemDef = {
  name: 'instance.lifecycle',
  phase: 'lifecycles',
  run(world, { events }) {
    const now = world.tick;
    const alarms = world.instanceAlarms;
    if (alarms.ticks.length === 0 || alarms.ticks[0]! > now) return;
    const due: Instance[] = [];
    for (const id of takeDue(alarms, now)) {
      const inst = findInstance(world, id);
      if (inst) due.push(inst);
    }
    if (due.length > 1) {
      const order = new Map(world.instances.map((inst, i) => [inst, i]));
      due.sort((a, b) => order.get(a)! - order.get(b)!);
    }
    for (const inst of due) {
      if (inst.state === 'running') {
        if (inst.appReadyTick === now) {
          noteInstanceChanged(world, inst.id);
          events.push({ tick: now, type: 'instance.appReady', subject: inst.id });
        }
        // A running instance always accepts TERMINATE; the result needs no handling beyond that.
        if (inst.spotReclaimTick !== null && inst.spotReclaimTick <= now) void transitionInstance(world, inst, { type: 'TERMINATE' }, events, 'spot capacity reclaimed');
        continue;
      }
      const event = DEADLINE_EVENT[inst.state];
      if (event === undefined || inst.deadlineTick > now) continue;
      const moved = transitionInstance(world, inst, event, events);
      if (!moved.ok) continue;
      if (moved.value === 'running' && event.type === 'BOOTED' && inst.attachOnRunning !== null) {
        const lb = findLoadBalancer(world, inst.attachOnRunning);
        if (lb) registerTarget(world, lb, inst.id, events);
        inst.attachOnRunning = null;
      } else if (moved.value === 'terminated') {
        deregisterEverywhere(world, inst.id, events);
      }
    }
  },
};
