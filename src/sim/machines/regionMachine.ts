import { setup } from 'xstate';
import type { RegionState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * A region's health. Same shape as a zone but a larger blast radius: a regional OUTAGE takes every
 * zone in it, and only multi-region designs (see drMachine) survive it. Coming back is a RESTORE
 * followed by a `recovering` period, and a second OUTAGE during recovery sends it down again.
 */
export type RegionEvent =
  | { type: 'IMPAIR' }
  | { type: 'RECOVER' }
  | { type: 'OUTAGE' }
  | { type: 'RESTORE' }
  | { type: 'RECOVERED' };

export const regionMachine = setup({
  types: {} as { events: RegionEvent },
}).createMachine({
  id: 'region',
  initial: 'available',
  states: {
    available: { on: { IMPAIR: 'impaired', OUTAGE: 'down' } },
    impaired: { on: { OUTAGE: 'down', RECOVER: 'available' } },
    down: { on: { RESTORE: 'recovering' } },
    recovering: { on: { RECOVERED: 'available', OUTAGE: 'down' } },
  },
});

/** Fails to compile if the machine's states drift from REGION_STATES in lifecycles.ts. */
export const REGION_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof regionMachine>, RegionState> = true;
