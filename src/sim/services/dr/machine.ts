import { setup } from 'xstate';
import type { StateNameOf } from '../../machines/advance';

/**
 * A disaster-recovery failover between Regions, as the runbook runs it. Failing over is not
 * instant: first the data and compute steps (promote the replica or restore the backup copy, start
 * or build the fleet: `preparingFailover`), then DNS is pointed at the DR Region and clients follow
 * as their cached answers expire (`switchingToDr`). Failing back is a deliberate second operation
 * with the same two steps; neither can start while the other is under way.
 * Tag `busy`: a failover or failback is under way.
 */
export type DrEvent = { type: 'FAIL_OVER' } | { type: 'FAIL_BACK' } | { type: 'READY' } | { type: 'CLIENTS_MOVED' };

export const drMachine = setup({ types: {} as { events: DrEvent } }).createMachine({
  id: 'dr',
  initial: 'normal',
  states: {
    normal: { on: { FAIL_OVER: 'failingOver' } },
    failingOver: {
      tags: ['busy'],
      initial: 'preparingFailover',
      states: {
        preparingFailover: { on: { READY: 'switchingToDr' } },
        switchingToDr: { on: { CLIENTS_MOVED: '#dr.failedOver' } },
      },
    },
    failedOver: { on: { FAIL_BACK: 'failingBack' } },
    failingBack: {
      tags: ['busy'],
      initial: 'preparingFailback',
      states: {
        preparingFailback: { on: { READY: 'switchingToPrimary' } },
        switchingToPrimary: { on: { CLIENTS_MOVED: '#dr.normal' } },
      },
    },
  },
});
export type DrState = StateNameOf<typeof drMachine>;
