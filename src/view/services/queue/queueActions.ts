import { QUEUE, QUEUE_REQUEST_MILLION_MICROS } from '../../../sim/services/queue/public';
import type { ActionSet } from '../serviceView';

/** "$0.40 per million requests": the simulation's own price. */
export const queuePrice = (): string => `$${(QUEUE_REQUEST_MILLION_MICROS / 1e6).toFixed(2)} per million requests`;

const DAY_SECONDS = 86_400;

/** A queue in the selected Region: sends from the front tier, drained by its consumers. */
export const createQueueAction: ActionSet = {
  on: 'region',
  commands: ['queue.create'],
  offer(world, id) {
    const region = world.regions.find((r) => r.id === id);
    if (!region) return [];
    return [{ label: 'Create queue', key: 'q', command: { type: 'queue.create', regionId: region.id }, consequence: `an SQS standard queue, ${QUEUE.defaultDrainRps} msg/s of consumers; ${queuePrice()}` }];
  },
};

/** Retention: the default four days, or the most SQS allows (no extra charge either way). */
export const queueActions: ActionSet = {
  on: 'queue',
  commands: ['queue.setRetention'],
  offer(world, id) {
    const q = world.queues.find((x) => x.id === id);
    if (!q) return [];
    const longest = q.retentionSeconds === QUEUE.maxRetentionSeconds;
    const seconds = longest ? QUEUE.defaultRetentionSeconds : QUEUE.maxRetentionSeconds;
    return [
      {
        label: `Keep messages ${seconds / DAY_SECONDS} days`,
        key: 'n',
        command: { type: 'queue.setRetention', queueId: q.id, retentionSeconds: seconds },
        consequence: longest ? 'the SQS default; older messages are deleted unread' : 'a backlog survives a longer outage of its consumers; no extra charge',
      },
    ];
  },
};
