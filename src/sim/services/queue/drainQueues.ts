import type { SystemDef } from '../../core/serviceKind';
import { QUEUE } from './constants';
import type { Queue } from './state';

/**
 * Consumers receive and delete up to `drainRps` messages a second, oldest first, while the queue is
 * available (ReceiveMessage and DeleteMessageBatch, ten messages a call; an idle consumer long-polls,
 * one empty receive every 20 s). Messages older than the retention period are deleted by SQS, drained
 * or not. In 'record': this tick's sends were made in 'route'.
 */
export const drainQueues: SystemDef = {
  name: 'queue.drain',
  phase: 'record',
  run(world, { events }) {
    const now = world.tick;
    for (const q of world.queues) {
      if (q.state === 'available') drain(q, now);
      const expired = expire(q, now);
      if (expired > 0) events.push({ tick: now, type: 'queue.messagesExpired', subject: q.id, value: expired, detail: `older than ${q.retentionSeconds} s` });
    }
  },
};

function drain(q: Queue, now: number): void {
  const received = Math.min(q.depth, q.drainRps);
  if (received === 0) {
    if (q.drainRps > 0 && now % QUEUE.longPollSeconds === 0) q.unbilledRequests += 1;
    return;
  }
  q.unbilledRequests += 2 * Math.ceil(received / QUEUE.messagesPerBatch);
  take(q, received);
}

/** Removes `count` messages, oldest first. */
function take(q: Queue, count: number): void {
  let left = count;
  let i = 0;
  while (left > 0 && i < q.batches.length) {
    const b = q.batches[i]!;
    const n = Math.min(left, b.count);
    b.count -= n;
    left -= n;
    if (b.count === 0) i++;
  }
  if (i > 0) q.batches.splice(0, i);
  q.depth -= count - left;
}

/** Deletes the batches whose first message has waited the retention period; returns how many messages went. */
function expire(q: Queue, now: number): number {
  let i = 0;
  let expired = 0;
  while (i < q.batches.length && now - q.batches[i]!.tick >= q.retentionSeconds) expired += q.batches[i++]!.count;
  if (i === 0) return 0;
  q.batches.splice(0, i);
  q.depth -= expired;
  return expired;
}
