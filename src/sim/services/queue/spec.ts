import type { LevelIds } from '../../core/serviceKind';
import { array, integer, object, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField } from '../../../shared/schema/fields';
import { QUEUE } from './constants';

export const queueSpec = object(
  {
    id: required(idField('A unique id for this queue, e.g. "orders-queue".')),
    region: required(idField('The Region it lives in (SQS keeps copies in several AZs of it).')),
    retentionSeconds: optional(
      integer({ description: 'How long a message may wait before SQS deletes it (60 s to 14 days).', min: QUEUE.minRetentionSeconds, max: QUEUE.maxRetentionSeconds, maxSays: '14 days' }),
      { default: QUEUE.defaultRetentionSeconds },
    ),
    drainRps: optional(integer({ description: 'Messages its consumers receive and delete per second.', min: 0, max: QUEUE.maxDrainRps }), { default: QUEUE.defaultDrainRps }),
  },
  { description: 'An SQS standard queue: the front tier sends a message for each write it serves (topology.calls to the queue); consumers drain it.' },
);
export type QueueSpec = Infer<typeof queueSpec>;

export const queueEstate = {
  queues: optional(array(queueSpec, { description: 'SQS queues.', maxItems: QUEUE.maxPerLevel })),
} as const;

/** Level ids: queues, each checked to be in a Region of the level; and the prefix of the ones created during a run. */
export const queueLevelIds: LevelIds = {
  noun: ['queue', 'queues'],
  plurals: ['queues'],
  list: (estate) => (estate.queues ?? []).map((q, i) => ({ id: q.id, at: ['estate', 'queues', i], what: 'a queue', region: q.region })),
  generatedPrefixes: ['queue'],
};
