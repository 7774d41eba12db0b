import { fail, ok, type Result } from '../../../shared/result';
import { integer, optional, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { QUEUE } from './constants';
import { createQueue } from './createQueue';
import type { Queue } from './state';
import { findQueue } from './transitionQueue';

/** The schema allows any whole number, so that a refusal can name the real range (docs/commands.md § 4). */
const whole = (description: string) => integer({ description, min: -1e9, max: 1e9 });

function getQueue(world: World, id: string): Result<Queue> {
  const queue = findQueue(world, id);
  return queue ? ok(queue) : fail(`there is no queue "${id}"`);
}

function checkRetention(seconds: number | undefined): Result<true> {
  if (seconds === undefined || (seconds >= QUEUE.minRetentionSeconds && seconds <= QUEUE.maxRetentionSeconds)) return ok(true);
  return fail(`retention must be ${QUEUE.minRetentionSeconds} s to ${QUEUE.maxRetentionSeconds} s (14 days)`);
}

export const createQueueCommand = defineCommand({
  type: 'queue.create',
  summary: 'Create an SQS standard queue in a Region, drained by consumers ($0.40 per million requests).',
  fields: {
    regionId: required(ref('The Region.')),
    retentionSeconds: optional(whole('How long a message may wait (60 s – 14 days; default 4 days).')),
    drainRps: optional(whole(`Messages its consumers receive and delete per second (0–${QUEUE.maxDrainRps}; default ${QUEUE.defaultDrainRps}).`)),
  },
  check(world, c) {
    const region = world.regions.find((r) => r.id === c.regionId);
    if (!region) return fail(`there is no Region "${c.regionId}"`);
    if (region.state === 'down') return fail(`${region.id} is down: SQS cannot create a queue there now`);
    const retention = checkRetention(c.retentionSeconds);
    if (!retention.ok) return retention;
    if (c.drainRps !== undefined && (c.drainRps < 0 || c.drainRps > QUEUE.maxDrainRps)) return fail(`drainRps must be 0–${QUEUE.maxDrainRps}`);
    return ok(region.id);
  },
  apply(world, c, regionId, events) {
    const id = newId(world, 'queue');
    world.queues.push(createQueue({ id, region: regionId, retentionSeconds: c.retentionSeconds, drainRps: c.drainRps }));
    events.push({ tick: world.tick, type: 'queue.created', subject: id, detail: regionId });
    return id;
  },
});

/** Longer retention keeps a backlog through a long outage of its consumers; SQS charges nothing for it. */
export const setRetentionCommand = defineCommand({
  type: 'queue.setRetention',
  summary: 'Change how long messages may wait before SQS deletes them (60 s – 14 days; no extra charge).',
  fields: { queueId: required(ref('The queue, e.g. "orders-queue".')), retentionSeconds: required(whole('Seconds (60 – 1,209,600).')) },
  check(world, c) {
    const found = getQueue(world, c.queueId);
    if (!found.ok) return found;
    const retention = checkRetention(c.retentionSeconds);
    if (!retention.ok) return retention;
    return found.value.retentionSeconds === c.retentionSeconds ? fail(`${c.queueId} already keeps messages ${c.retentionSeconds} s`) : found;
  },
  apply(world, c, queue, events) {
    queue.retentionSeconds = c.retentionSeconds;
    events.push({ tick: world.tick, type: 'queue.retentionChanged', subject: queue.id, value: c.retentionSeconds });
    return queue.id;
  },
});

export const queueCommands = [createQueueCommand, setRetentionCommand] as const;
