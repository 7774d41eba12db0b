import { setup } from 'xstate';
import type { ZoneState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * An Availability Zone's health. `impaired` is the gray failure (degraded, still serving, can recover
 * on its own); `down` is a power or network loss. The lesson: a dark zone does not just come back —
 * it must get power back (POWER_RESTORED) and then spend time `recovering` (instances boot again,
 * caches are cold) before it is `available`; RECOVERED is ignored while the zone is still down, and
 * power can fail again mid-recovery. The caller's tick-based fault system decides when.
 */
export type ZoneEvent =
  | { type: 'IMPAIR' }
  | { type: 'RECOVER' }
  | { type: 'POWER_LOST' }
  | { type: 'POWER_RESTORED' }
  | { type: 'RECOVERED' };

export const zoneMachine = setup({
  types: {} as { events: ZoneEvent },
}).createMachine({
  id: 'zone',
  initial: 'available',
  states: {
    available: { on: { IMPAIR: 'impaired', POWER_LOST: 'down' } },
    impaired: { on: { POWER_LOST: 'down', RECOVER: 'available' } },
    down: { on: { POWER_RESTORED: 'recovering' } },
    recovering: { on: { RECOVERED: 'available', POWER_LOST: 'down' } },
  },
});

/** Fails to compile if the machine's states drift from ZONE_STATES in lifecycles.ts. */
export const ZONE_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof zoneMachine>, ZoneState> = true;
