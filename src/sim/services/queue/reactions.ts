import type { Reactions } from '../../core/serviceKind';
import { transitionQueue } from './transitionQueue';

/**
 * How outages reach queues: only a Region outage does (SQS stores each message in several AZs of
 * its Region, so an AZ going dark is not felt). The messages stay stored and come back with the Region.
 */
export const queueReactions: Reactions = {
  regionDown(world, regionId, events) {
    for (const q of world.queues) if (q.regionId === regionId) void transitionQueue(world, q, { type: 'REGION_DOWN' }, events);
  },
  regionBack(world, regionId, events) {
    // Refused for a queue created after the outage began (already available): nothing to do.
    for (const q of world.queues) if (q.regionId === regionId) void transitionQueue(world, q, { type: 'REGION_BACK' }, events);
  },
};
