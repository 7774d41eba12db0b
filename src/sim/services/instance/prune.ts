import { react } from '../../core/reactions';
import type { SystemDef } from '../../core/serviceKind';
import { TIMING } from './constants';

/**
 * Terminated instances stay visible for a few minutes, then leave the World so long runs with
 * churn do not grow without bound. Checked once a minute; the array is replaced only when needed.
 */
export const pruneTerminated: SystemDef = {
  name: 'instance.prune',
  phase: 'cleanup',
  run(world) {
    if (world.tick % 60 !== 0) return;
    const cutoff = world.tick - TIMING.terminatedRetentionTicks;
    if (!world.instances.some((i) => i.terminatedTick !== null && i.terminatedTick <= cutoff)) return;
    world.instances = world.instances.filter((i) => i.terminatedTick === null || i.terminatedTick > cutoff);
    // Every kind drops its references to what left, so nothing points at a missing instance.
    react('instancesPruned', world, new Set(world.instances.map((i) => i.id)));
    world.fleetChanged = true;
  },
};
