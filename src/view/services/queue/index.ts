import type { World } from '../../../sim';
import { oldestMessageAgeSeconds, type QueueState } from '../../../sim/services/queue/public';
import { INK, OKABE_ITO } from '../../board/look/palette';
import { chipBoard } from '../chipBoard';
import type { Chip, EntityView } from '../entityView';
import type { ServiceView } from '../serviceView';
import { createQueueAction, queueActions } from './queueActions';

/** Queue states as a shape and a word, never colour alone. */
const QUEUE_STATE_WORDS: Readonly<Record<QueueState, string>> = {
  available: '● available',
  unavailable: '✖ unavailable',
};
const stateWord = (state: QueueState): string => QUEUE_STATE_WORDS[state] ?? state;
const STATE_COLOURS: Readonly<Record<QueueState, number>> = { available: OKABE_ITO.green, unavailable: OKABE_ITO.vermillion };

/** "1.2k msgs": the depth, short enough for a chip. */
function depthFigure(depth: number): string {
  if (depth < 10_000) return `${depth.toLocaleString('en-US')} msgs`;
  if (depth < 1_000_000) return `${Math.floor(depth / 1000)}k msgs`;
  return `${(depth / 1e6).toFixed(1)}M msgs`;
}

/** Its queues as chips in the Region's service strip: Q, the id, the state, the messages waiting. */
function queueChips(world: World, regionId: string): Chip[] {
  const out: Chip[] = [];
  for (const q of world.queues) {
    if (q.regionId !== regionId) continue;
    out.push({ id: q.id, glyph: 'Q', label: q.id, state: stateWord(q.state), colour: STATE_COLOURS[q.state] ?? INK.grey, figure: depthFigure(q.depth) });
  }
  return out;
}

/** "12 waiting, oldest 3 min" */
function backlog(depth: number, ageSeconds: number): string {
  if (depth === 0) return 'empty';
  const age = ageSeconds < 120 ? `${ageSeconds} s` : ageSeconds < 7200 ? `${Math.floor(ageSeconds / 60)} min` : `${Math.floor(ageSeconds / 3600)} h`;
  return `${depth.toLocaleString('en-US')} waiting, oldest ${age}`;
}

const queue: EntityView = {
  kind: 'queue',
  heading: (id) => `Queue ${id}`,
  describe(world, id) {
    const q = world.queues.find((x) => x.id === id);
    if (!q) return id;
    return `Queue ${q.id} · ${stateWord(q.state).replace(/^\S+ /, '')} · ${backlog(q.depth, oldestMessageAgeSeconds(q, world.tick))} · drains ${q.drainRps} msg/s`;
  },
  where(world, id) {
    const q = world.queues.find((x) => x.id === id);
    return q ? { regionId: q.regionId } : {};
  },
  estate: {
    under: 'region',
    items: (world, regionId) =>
      world.queues.filter((q) => q.regionId === regionId).map((q) => ({ id: q.id, label: `Queue ${q.id}`, detail: `${stateWord(q.state)}, ${backlog(q.depth, oldestMessageAgeSeconds(q, world.tick))}` })),
  },
  board: chipBoard('queue', queueChips, [['Q', 'queue', OKABE_ITO.green]]),
};

/** SQS standard queues: listed under their Region; a Region outage interrupts them. */
export const queueView: ServiceView = {
  simKind: 'queue',
  entities: [queue],
  actions: [createQueueAction, queueActions],
  events: {
    'queue.created': { log: (s, d) => `Queue ${s} created in ${d}` },
    'queue.interrupted': {
      log: (s, _d, v) => `Queue ${s} unavailable: sends fail, ${v ?? 0} messages wait for the Region`,
      bad: true,
      cue: 'outage',
      narrate: { say: (s) => `Queue ${s} is unavailable: requests that send to it fail until its Region returns.`, holds: (s, w) => w.queues.some((q) => q.id === s && q.state !== 'available') },
    },
    'queue.recovered': { log: (s, _d, v) => `Queue ${s} available again, ${v ?? 0} messages waiting`, cue: 'recovery' },
    'queue.retentionChanged': { log: (s, _d, v) => `Queue ${s} keeps messages ${Math.round((v ?? 0) / 3600)} h` },
    'queue.messagesExpired': { log: (s, d, v) => `Queue ${s}: ${v ?? 0} messages deleted unread (${d})`, bad: true },
  },
  causes: { queue: { name: 'Queue', why: 'the queue was unavailable, so the message could not be sent' } },
  ledger: { queues: 'Queues (SQS requests)' },
  alarms: (world) => world.queues.filter((q) => q.state !== 'available').map((q) => `Queue ${q.id} ${q.state}`),
  compactLines: (world) => world.queues.map((q) => `${q.id}: ${stateWord(q.state)}, ${backlog(q.depth, oldestMessageAgeSeconds(q, world.tick))}`),
};
