import type { Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import { setAlarm } from '../../core/alarms';
import { noteInstanceChanged } from '../../core/changes';
import { chargeHourly } from '../../core/ledger';
import type { World } from '../../core/world';
import { advance } from '../../machines/advance';
import { runActions, type ActionHandlers } from '../../machines/interpret';
import { TIMING } from './constants';
import { instanceMachine, type InstanceActions, type InstanceEvent, type InstanceState } from './machine';
import { contributionOf, rebill } from './billing';
import { loseSessions } from './loseSessions';
import { instanceHourlyMicros } from './pricing';
import type { Instance } from './state';

interface InstanceContext {
  world: World;
  inst: Instance;
  events: EventSink;
  /** Why it happened, for the event's detail ("fault: zone.powerInterruption", "scale in" …). */
  why: string | undefined;
  /** The state being entered (the instance still holds the one being left while actions run). */
  next: InstanceState;
}

const handlers: ActionHandlers<InstanceActions, InstanceContext> = {
  setDeadline: ({ world, inst }, { ticks }) => {
    inst.deadlineTick = world.tick + ticks;
    setAlarm(world.instanceAlarms, inst.deadlineTick, inst.id);
  },
  emit: ({ world, inst, events, why }, { event }) => {
    events.push({ tick: world.tick, type: event, subject: inst.id, ...(why ? { detail: why } : {}) });
  },
  settleMinimumBill: ({ world, inst }) => {
    const short = TIMING.minBilledRunningTicks - (world.tick - inst.runningSinceTick);
    if (short > 0) chargeHourly(world.ledger, 'compute', instanceHourlyMicros(inst), short);
  },
  eraseMemory: ({ world, inst, events, next }) => {
    loseSessions(world, inst, events, `instance ${next}`);
  },
  startBillingPeriod: ({ world, inst }) => {
    inst.runningSinceTick = world.tick;
  },
  startApp: ({ world, inst }) => {
    inst.appReadyTick = world.tick + TIMING.appStartTicks;
    setAlarm(world.instanceAlarms, inst.appReadyTick, inst.id);
  },
  clearSpotNotice: ({ inst }) => {
    inst.spotReclaimTick = null;
  },
  markTerminated: ({ world, inst }) => {
    inst.terminatedTick = world.tick;
    world.pruneDueTick = Math.min(world.pruneDueTick, world.tick + TIMING.terminatedRetentionTicks);
  },
};

/**
 * Moves an instance through its lifecycle machine and runs the transition's actions (exit, transition,
 * entry). What every change of state shares is done here first: the app is down unless running, the
 * state's clock restarts, routing and billing caches are told. A refusal changes nothing.
 */
export function transitionInstance(world: World, inst: Instance, event: InstanceEvent, events: EventSink, why?: string): Result<InstanceState> {
  const t = advance(instanceMachine, inst.state, event);
  if (!t.ok) return t;
  const { next, actions } = t.value;
  const billedBefore = contributionOf(inst);
  if (next !== inst.state) {
    if (next !== 'running') inst.appReadyTick = null;
    inst.stateSinceTick = world.tick;
    inst.deadlineTick = world.tick;
    noteInstanceChanged(world, inst.id);
  }
  // The actions see the state being left (eraseMemory names it); the new state is set after them.
  runActions(actions, handlers, { world, inst, events, why, next });
  inst.state = next;
  rebill(world, billedBefore, inst);
  return { ok: true, value: next };
}
