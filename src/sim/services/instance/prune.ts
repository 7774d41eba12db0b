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
    // Checked once a minute, and only once some terminated instance is due to go.
    if (world.tick % 60 !== 0 || world.tick < world.pruneDueTick) return;
    const cutoff = world.tick - TIMING.terminatedRetentionTicks;
    let next = Number.MAX_SAFE_INTEGER;
    for (const i of world.instances) if (i.terminatedTick !== null && i.terminatedTick > cutoff) next = Math.min(next, i.terminatedTick + TIMING.terminatedRetentionTicks);
    world.pruneDueTick = next;
    if (!world.instances.some((i) => i.terminatedTick !== null && i.terminatedTick <= cutoff)) return;
    world.instances = world.instances.filter((i) => i.terminatedTick === null || i.terminatedTick > cutoff);
    // Every kind drops its references to what left, so nothing points at a missing instance.
    react('instancesPruned', world, new Set(world.instances.map((i) => i.id)));
  },
};
