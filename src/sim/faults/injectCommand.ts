import { fail } from '../../shared/result';
import { number, oneOf, optional, required } from '../../shared/schema/dsl';
import { defineCommand } from '../commands/defineCommand';
import { ref } from '../commands/fields';
import { FAULT_KINDS, faultDef } from './registry';
import { startFault } from './startFault';

/** The teacher's hotkey: any fault, now. Always allowed (it is not a player action). */
export const injectFaultCommand = defineCommand({
  type: 'fault.inject',
  summary: 'Start a fault now (the teacher\'s hotkeys): what a level\'s schedule would do.',
  fields: {
    kind: required(oneOf(FAULT_KINDS, { description: 'The fault kind.', noun: 'fault kind' })),
    targetId: optional(ref('What it hits: an instance, zone, Region or database id.')),
    durationSeconds: optional(number({ description: 'How long it lasts, seconds (up to one day).', min: -1e9, max: 1e9 })),
    spikePct: optional(number({ description: 'traffic.spike only: demand as a percent of normal.', min: -1e9, max: 1e9 })),
  },
  check(world, c) {
    if (c.durationSeconds !== undefined && (!Number.isInteger(c.durationSeconds) || c.durationSeconds < 0 || c.durationSeconds > 86_400)) {
      return fail('durationSeconds must be a whole number of seconds up to one day');
    }
    if (c.spikePct !== undefined && c.kind !== 'traffic.spike') return fail(`spikePct applies only to traffic.spike, not ${c.kind}`);
    const def = faultDef(c.kind)!;
    if (c.durationSeconds === 0 && def.defaultDurationSeconds > 0 && !def.durationOptional) return fail('this fault needs a duration: durationSeconds of at least 1');
    // The fault itself says whether its target is right.
    return def.check(world, { kind: c.kind, targetId: c.targetId ?? '', durationSeconds: c.durationSeconds, spikePct: c.spikePct });
  },
  apply(world, c, _target, events) {
    const started = startFault(world, { kind: c.kind, targetId: c.targetId, durationSeconds: c.durationSeconds, spikePct: c.spikePct }, events);
    // check() ran the same fault check on the same World: it starts.
    return started.ok ? started.value : '';
  },
});
