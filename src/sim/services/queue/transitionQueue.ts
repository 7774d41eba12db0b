import type { Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { advance } from '../../machines/advance';
import { runActions, type ActionHandlers } from '../../machines/interpret';
import { queueMachine, type QueueActions, type QueueEvent, type QueueState } from './machine';
import type { Queue } from './state';

interface QueueContext {
  world: World;
  queue: Queue;
  events: EventSink;
}

const handlers: ActionHandlers<QueueActions, QueueContext> = {
  reportInterrupted: ({ world, queue, events }) => {
    events.push({ tick: world.tick, type: 'queue.interrupted', subject: queue.id, value: queue.depth, detail: queue.regionId });
  },
  reportRecovered: ({ world, queue, events }) => {
    events.push({ tick: world.tick, type: 'queue.recovered', subject: queue.id, value: queue.depth });
  },
};

/** Moves a queue through its machine and runs the transition's actions; a refusal changes nothing. */
export function transitionQueue(world: World, queue: Queue, event: QueueEvent, events: EventSink): Result<QueueState> {
  const t = advance(queueMachine, queue.state, event);
  if (!t.ok) return t;
  runActions(t.value.actions, handlers, { world, queue, events });
  queue.state = t.value.next;
  return { ok: true, value: queue.state };
}

export const findQueue = (world: World, id: string): Queue | undefined => world.queues.find((q) => q.id === id);
