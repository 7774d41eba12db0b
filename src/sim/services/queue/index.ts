import { defineKind } from '../../core/serviceKind';
import { billQueues } from './billing';
import { queueCommands } from './commands';
import { createQueue } from './createQueue';
import { drainQueues } from './drainQueues';
import { queueMachine } from './machine';
import { QUEUE_CAUSES, QUEUE_EVENTS, QUEUE_LEDGER } from './names';
import { queueReactions } from './reactions';
import { queueEstate, queueLevelIds } from './spec';
import { queueStage } from './stage';
import type { QueueSlice } from './state';

/** SQS standard queues: the front tier's writes send messages, consumers drain them; a Region outage stops both. */
export const queueKind = defineKind<QueueSlice>({
  name: 'queue',
  estate: queueEstate,
  levelIds: queueLevelIds,
  initial: () => ({ queues: [] }),
  build(world) {
    for (const q of world.scenario.estate.queues ?? []) world.queues.push(createQueue(q));
  },
  systems: [drainQueues],
  commands: queueCommands,
  reactions: queueReactions,
  bill: billQueues,
  stage: queueStage,
  ledgerCategories: QUEUE_LEDGER,
  failureCauses: QUEUE_CAUSES,
  events: QUEUE_EVENTS,
  machines: { queue: queueMachine },
  invariants(world, out) {
    const regions = new Set(world.regions.map((r) => r.id));
    for (const q of world.queues) {
      if (!regions.has(q.regionId)) out.push(`${q.id}: Region ${q.regionId} does not exist`);
      let sum = 0;
      for (const b of q.batches) {
        if (!Number.isSafeInteger(b.count) || b.count <= 0) out.push(`${q.id}: a batch of ${b.count} messages`);
        sum += b.count;
      }
      if (sum !== q.depth) out.push(`${q.id}: depth ${q.depth} ≠ ${sum} messages in its batches`);
      if (!Number.isSafeInteger(q.unbilledRequests) || q.unbilledRequests < 0) out.push(`${q.id}: unbilled requests ${q.unbilledRequests}`);
    }
  },
});
