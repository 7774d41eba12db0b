import { setup } from 'xstate';
import type { StateNameOf } from '../../machines/advance';
import { declared } from '../../machines/interpret';

const databaseActions = {
  /** The primary is gone (its zone went dark, it failed, its Region fell). */
  reportPrimaryLost: declared(),
  /** The standby takes over in 60–120 s (drawn from the run's seed). */
  startFailover: declared(),
  /** No standby: the database is down, and what was written since the last backup is at risk. */
  markDown: declared(),
  /** The standby is the primary now; a new standby is built where the old primary was. */
  completeFailover: declared(),
  completeRestore: declared(),
  completePromotion: declared(),
  /** Its zone came back with the volume intact: nothing was lost. */
  recoverInPlace: declared(),
};
export type DatabaseActions = typeof databaseActions;

/**
 * A managed database (RDS-style). The lesson is Multi-AZ: when the primary is lost, a database with
 * a synchronous standby in another zone fails over automatically (`failingOver`, then available
 * again, typically in a minute or two); a Single-AZ database is simply `down` until you restore from
 * a backup, promote a read replica, or its zone comes back. A manual FAIL_OVER (reboot with failover)
 * is only possible when there is a standby to fail over to.
 * Whether a standby is ready is the World's fact, so it travels in the event payload; guards read it.
 * Tag `writable`: the primary takes writes.
 */
export type DatabaseEvent =
  | { type: 'PRIMARY_LOST'; hasStandby: boolean }
  | { type: 'FAIL_OVER'; hasStandby: boolean }
  | { type: 'FAILOVER_DONE' }
  | { type: 'PROMOTE_REPLICA' }
  | { type: 'PROMOTED' }
  | { type: 'RESTORE' }
  | { type: 'RESTORED' }
  | { type: 'ZONE_BACK' };

export const databaseMachine = setup({
  types: {} as { events: DatabaseEvent },
  actions: databaseActions,
  guards: {
    // Only the two events that carry the flag are ever guarded by it.
    hasStandby: ({ event }) => 'hasStandby' in event && event.hasStandby,
  },
}).createMachine({
  id: 'database',
  initial: 'available',
  states: {
    available: {
      tags: ['writable'],
      on: {
        // First matching candidate wins: a standby takes over, otherwise the database is down.
        PRIMARY_LOST: [
          { guard: 'hasStandby', target: 'failingOver', actions: ['reportPrimaryLost', 'startFailover'] },
          { target: 'down', actions: ['reportPrimaryLost', 'markDown'] },
        ],
        // No fallback: without a standby the command is refused, not silently turned into an outage.
        FAIL_OVER: { guard: 'hasStandby', target: 'failingOver', actions: ['startFailover'] },
        PROMOTE_REPLICA: 'promoting',
      },
    },
    failingOver: {
      on: {
        FAILOVER_DONE: { target: 'available', actions: ['completeFailover'] },
        PRIMARY_LOST: { target: 'down', actions: ['reportPrimaryLost', 'markDown'] },
      },
    },
    down: { on: { RESTORE: 'restoring', PROMOTE_REPLICA: 'promoting', ZONE_BACK: { target: 'available', actions: ['recoverInPlace'] } } },
    restoring: { on: { RESTORED: { target: 'available', actions: ['completeRestore'] } } },
    promoting: { on: { PROMOTED: { target: 'available', actions: ['completePromotion'] } } },
  },
});
export type DatabaseState = StateNameOf<typeof databaseMachine>;
