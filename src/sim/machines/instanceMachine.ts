import { setup } from 'xstate';
import type { InstanceState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * An EC2 instance's life. AWS's own states are pending, running, stopping, stopped,
 * shutting-down and terminated (plus a reboot, which keeps the instance on its host).
 * Lessons the machine enforces:
 * - terminated is final: a terminated instance can never be started again; you launch a new one.
 * - changing the instance type (RESIZE) needs a stop first, so it is legal only in `stopped`.
 * - losing power (the zone goes dark) drops any live instance straight to stopped — its EBS volume
 *   survives, which is why it can be started again when power returns.
 * Timing (how long pending or stopping takes) is the caller's: it keeps deadlines as tick numbers
 * and sends BOOTED / STOPPED / TERMINATED when they pass, so there are no `after:` timers here.
 */
export type InstanceEvent =
  | { type: 'BOOTED' }
  | { type: 'STOP' }
  | { type: 'STOPPED' }
  | { type: 'START' }
  | { type: 'REBOOT' }
  | { type: 'REBOOTED' }
  | { type: 'RESIZE' }
  | { type: 'TERMINATE' }
  | { type: 'TERMINATED' }
  | { type: 'POWER_LOST' };

export const instanceMachine = setup({
  types: {} as { events: InstanceEvent },
}).createMachine({
  id: 'instance',
  initial: 'pending',
  states: {
    pending: {
      on: { BOOTED: 'running', STOP: 'stopping', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
    },
    running: {
      on: { STOP: 'stopping', REBOOT: 'rebooting', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
    },
    rebooting: {
      on: { REBOOTED: 'running', STOP: 'stopping', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
    },
    stopping: {
      on: { STOPPED: 'stopped', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
    },
    stopped: {
      // RESIZE is a self-transition: accepted (so the command succeeds) but the state stays put.
      on: { START: 'pending', RESIZE: 'stopped', TERMINATE: 'shuttingDown' },
    },
    shuttingDown: {
      on: { TERMINATED: 'terminated' },
    },
    // Final: no `on`, so every event — START included — is rejected.
    terminated: { type: 'final' },
  },
});

/** Fails to compile if the machine's states drift from INSTANCE_STATES in lifecycles.ts. */
export const INSTANCE_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof instanceMachine>, InstanceState> = true;
