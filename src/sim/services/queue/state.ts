import type { QueueState } from './machine';

export interface QueueSlice {
  queues: Queue[];
}

/** Messages that arrived within one minute, still in the queue: when the first came, and how many are left. */
export interface QueueBatch {
  tick: number;
  count: number;
}

/** An SQS standard queue and the consumer fleet that drains it (one rate, in the queue's Region). */
export interface Queue {
  id: string;
  regionId: string;
  state: QueueState;
  retentionSeconds: number;
  /** Messages its consumers receive and delete per second while the queue is available. */
  drainRps: number;
  /** Messages waiting (ApproximateNumberOfMessagesVisible); the sum of `batches`. */
  depth: number;
  /** What is waiting, oldest first. */
  batches: QueueBatch[];
  /** API requests (sends, receives, deletes) made since the last bill. */
  unbilledRequests: number;
}
