import { QUEUE } from './constants';
import type { QueueSpec } from './spec';
import type { Queue } from './state';

/** A queue from its spec: available and empty. */
export function createQueue(q: QueueSpec): Queue {
  return {
    id: q.id,
    regionId: q.region,
    state: 'available',
    retentionSeconds: q.retentionSeconds ?? QUEUE.defaultRetentionSeconds,
    drainRps: q.drainRps ?? QUEUE.defaultDrainRps,
    depth: 0,
    batches: [],
    unbilledRequests: 0,
  };
}

/** How long the oldest waiting message has waited (ApproximateAgeOfOldestMessage), seconds. */
export function oldestMessageAgeSeconds(queue: Queue, tick: number): number {
  const first = queue.batches[0];
  return first === undefined ? 0 : tick - first.tick;
}
