import { setup } from 'xstate';
import type { ScalingState } from '../model/lifecycles';
import type { SameUnion, StateValueOf } from './advance';

/**
 * An Auto Scaling group's current activity. After a scale-out or scale-in settles the group enters
 * a `cooldown` during which it starts no further scale-in (so it does not flap) — but health-check
 * replacements (REPLACE) and urgent scale-outs still go ahead, as they do in AWS. A replacement that
 * settles returns to `steady` directly: it did not change capacity, so it earns no cooldown.
 */
export type ScalingEvent =
  | { type: 'SCALE_OUT' }
  | { type: 'SCALE_IN' }
  | { type: 'REPLACE' }
  | { type: 'SETTLED' }
  | { type: 'COOLED' };

export const scalingMachine = setup({
  types: {} as { events: ScalingEvent },
}).createMachine({
  id: 'scaling',
  initial: 'steady',
  states: {
    steady: { on: { SCALE_OUT: 'scalingOut', SCALE_IN: 'scalingIn', REPLACE: 'replacing' } },
    scalingOut: { on: { SETTLED: 'cooldown' } },
    scalingIn: { on: { SETTLED: 'cooldown' } },
    replacing: { on: { SETTLED: 'steady', SCALE_OUT: 'scalingOut' } },
    cooldown: { on: { COOLED: 'steady', REPLACE: 'replacing', SCALE_OUT: 'scalingOut' } },
  },
});

/** Fails to compile if the machine's states drift from SCALING_STATES in lifecycles.ts. */
export const SCALING_MACHINE_MATCHES_LIFECYCLE: SameUnion<StateValueOf<typeof scalingMachine>, ScalingState> = true;
