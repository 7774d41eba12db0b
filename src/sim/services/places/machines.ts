import { setup } from 'xstate';
import { declared } from '../../machines/interpret';
import type { StateNameOf } from '../../machines/advance';

/** After power returns, an AZ takes a while to come back fully (game value; docs/model.md). */
export const RECOVERY_TICKS = 120;

const placeActions = {
  /** Something may have started or stopped serving: routing caches key on the liveness version. */
  livenessChanged: declared(),
  setDeadline: declared<{ ticks: number }>(),
  emit: declared<{ event: 'zone.outageStarted' | 'zone.recovering' | 'zone.recovered' | 'region.outageStarted' | 'region.recovering' | 'region.recovered'; detail?: string }>(),
};
export type PlaceActions = typeof placeActions;

/**
 * An Availability Zone's health. A dark zone does not just come back: it gets power back
 * (POWER_RESTORED) and then spends time `recovering` (instances boot again, caches are cold) before
 * it is `available`; power can fail again mid-recovery. The fault system decides when.
 * (There is no "impaired" state: no fault in the game degrades a whole AZ without taking it down;
 * a grey failure is an instance's.)
 */
export type ZoneEvent = { type: 'POWER_LOST' } | { type: 'POWER_RESTORED' } | { type: 'RECOVERED' };

export const zoneMachine = setup({ types: {} as { events: ZoneEvent }, actions: placeActions }).createMachine({
  id: 'zone',
  initial: 'available',
  states: {
    available: { tags: ['up', 'launchable'], on: { POWER_LOST: 'down' } },
    down: {
      entry: ['livenessChanged', { type: 'emit', params: { event: 'zone.outageStarted', detail: 'power interruption' } }],
      on: { POWER_RESTORED: 'recovering' },
    },
    recovering: {
      tags: ['up'],
      entry: ['livenessChanged', { type: 'setDeadline', params: { ticks: RECOVERY_TICKS } }, { type: 'emit', params: { event: 'zone.recovering' } }],
      on: { RECOVERED: { target: 'available', actions: [{ type: 'emit', params: { event: 'zone.recovered' } }] }, POWER_LOST: 'down' },
    },
  },
});
export type ZoneState = StateNameOf<typeof zoneMachine>;

/**
 * A Region's health: the same shape as a zone with a larger blast radius. A regional OUTAGE takes
 * every zone in it; only multi-Region designs survive it.
 */
export type RegionEvent = { type: 'OUTAGE' } | { type: 'RESTORE' } | { type: 'RECOVERED' };

export const regionMachine = setup({ types: {} as { events: RegionEvent }, actions: placeActions }).createMachine({
  id: 'region',
  initial: 'available',
  states: {
    available: { tags: ['up'], on: { OUTAGE: 'down' } },
    down: { entry: ['livenessChanged', { type: 'emit', params: { event: 'region.outageStarted' } }], on: { RESTORE: 'recovering' } },
    recovering: {
      tags: ['up'],
      entry: ['livenessChanged', { type: 'setDeadline', params: { ticks: RECOVERY_TICKS } }, { type: 'emit', params: { event: 'region.recovering' } }],
      on: { RECOVERED: { target: 'available', actions: [{ type: 'emit', params: { event: 'region.recovered' } }] }, OUTAGE: 'down' },
    },
  },
});
export type RegionState = StateNameOf<typeof regionMachine>;
