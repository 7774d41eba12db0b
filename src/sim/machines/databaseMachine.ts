import { setup } from 'xstate';
import type { DatabaseState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * A managed database (RDS-style). The lesson is Multi-AZ: when the primary is lost, a database with
 * a synchronous standby in another zone fails over automatically (`failingOver`, then available
 * again, typically in a minute or two); a Single-AZ database is simply `down` until you restore from
 * a backup, promote a read replica, or its zone comes back. A manual FAIL_OVER (reboot with failover)
 * is only possible when there is a standby to fail over to.
 * Whether a standby exists is the World's fact, so it travels in the event payload; guards read it.
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
  guards: {
    // Only the two events that carry the flag are ever guarded by it.
    hasStandby: ({ event }) => 'hasStandby' in event && event.hasStandby,
  },
}).createMachine({
  id: 'database',
  initial: 'available',
  states: {
    available: {
      on: {
        // First matching candidate wins: a standby takes over, otherwise the database is down.
        PRIMARY_LOST: [{ guard: 'hasStandby', target: 'failingOver' }, { target: 'down' }],
        // No fallback: without a standby the command is rejected, not silently turned into an outage.
        FAIL_OVER: { guard: 'hasStandby', target: 'failingOver' },
        PROMOTE_REPLICA: 'promoting',
      },
    },
    failingOver: { on: { FAILOVER_DONE: 'available', PRIMARY_LOST: 'down' } },
    down: { on: { RESTORE: 'restoring', PROMOTE_REPLICA: 'promoting', ZONE_BACK: 'available' } },
    restoring: { on: { RESTORED: 'available' } },
    promoting: { on: { PROMOTED: 'available' } },
  },
});

/** Fails to compile if the machine's states drift from DATABASE_STATES in lifecycles.ts. */
export const DATABASE_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof databaseMachine>, DatabaseState> = true;
