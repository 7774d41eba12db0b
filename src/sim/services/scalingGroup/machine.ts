import { setup } from 'xstate';
import type { StateNameOf } from '../../machines/advance';

/**
 * An Auto Scaling group's current activity. After a scale-out or scale-in settles the group is in
 * `cooldown`, during which it starts no scale-in (so it does not flap) — but health-check
 * replacements and urgent scale-outs still go ahead, as they do in AWS. A replacement that settles
 * returns to `steady` directly: it did not change capacity, so it earns no cooldown.
 * SCALE_IN is accepted only in `steady`: the autoscaler asks before it changes the desired capacity.
 * Tag `idle`: nothing under way, so launches toward desired are a scale-out.
 */
export type ScalingEvent = { type: 'SCALE_OUT' } | { type: 'SCALE_IN' } | { type: 'REPLACE' } | { type: 'SETTLED' } | { type: 'COOLED' };

export const scalingMachine = setup({ types: {} as { events: ScalingEvent } }).createMachine({
  id: 'scaling',
  initial: 'steady',
  states: {
    steady: { tags: ['idle'], on: { SCALE_OUT: 'scalingOut', SCALE_IN: 'scalingIn', REPLACE: 'replacing' } },
    // Already scaling out: a larger desired capacity joins the same activity; replacements go ahead.
    scalingOut: { on: { SETTLED: 'cooldown', SCALE_OUT: 'scalingOut', REPLACE: 'scalingOut' } },
    scalingIn: { on: { SETTLED: 'cooldown', SCALE_OUT: 'scalingOut', REPLACE: 'scalingIn' } },
    replacing: { on: { SETTLED: 'steady', SCALE_OUT: 'scalingOut', REPLACE: 'replacing' } },
    cooldown: { tags: ['idle'], on: { COOLED: 'steady', REPLACE: 'replacing', SCALE_OUT: 'scalingOut' } },
  },
});
export type ScalingState = StateNameOf<typeof scalingMachine>;
