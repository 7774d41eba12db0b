import { setup } from 'xstate';
import type { DrState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * A disaster-recovery failover between regions. Failing over is not instant: the steps (restore
 * backups, scale up the pilot light, flip DNS…) take time that depends on the DR posture, and the
 * caller sends STEPS_DONE when its tick deadline passes. Failing back is a deliberate second
 * operation with its own steps, and neither can be started while the other is under way.
 */
export type DrEvent = { type: 'FAIL_OVER' } | { type: 'FAIL_BACK' } | { type: 'STEPS_DONE' };

export const drMachine = setup({
  types: {} as { events: DrEvent },
}).createMachine({
  id: 'dr',
  initial: 'normal',
  states: {
    normal: { on: { FAIL_OVER: 'failingOver' } },
    failingOver: { on: { STEPS_DONE: 'failedOver' } },
    failedOver: { on: { FAIL_BACK: 'failingBack' } },
    failingBack: { on: { STEPS_DONE: 'normal' } },
  },
});

/** Fails to compile if the machine's states drift from DR_STATES in lifecycles.ts. */
export const DR_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof drMachine>, DrState> = true;
