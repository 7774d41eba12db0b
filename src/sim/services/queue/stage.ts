import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import type { Router } from '../../traffic/router';
import type { Stage } from '../../traffic/stage';
import { QUEUE } from './constants';
import type { Queue } from './state';

/**
 * A queue on the request path: each write a calling front component served (the level's topology
 * says which, and what share) sends one message (SendMessage, one request per message of up to
 * 64 KB). An unavailable queue fails the send, and with it the request. Queues come after databases
 * in the registry, so a write the database refused sends nothing.
 */
export const queueStage: Stage = {
  role: 'dependency',
  depend(world, router) {
    const callers = callersOf(world);
    for (const q of world.queues) {
      const byFront = callers.get(q.id);
      if (byFront) sendTo(world, router, q, byFront);
    }
  },
};

/** For each queue, the fronts that call it and with what share (0–1), worked out when the topology changes. */
const callersSlot = derivedSlot('queue.callers', () => ({ version: -1, byQueue: new Map<string, Map<string, number>>() }));

function callersOf(world: World): Map<string, Map<string, number>> {
  const slot = callersSlot(world);
  if (slot.version === world.topologyVersion) return slot.byQueue;
  slot.byQueue.clear();
  for (const c of world.topology.calls) {
    let byFront = slot.byQueue.get(c.to);
    if (!byFront) slot.byQueue.set(c.to, (byFront = new Map()));
    byFront.set(c.from, c.sharePct / 100);
  }
  slot.version = world.topologyVersion;
  return slot.byQueue;
}

function sendTo(world: World, router: Router, q: Queue, byFront: ReadonlyMap<string, number>): void {
  const results = router.results;
  const n = router.resultCount;
  const writeShare = router.tr.writePct / 100;
  let good = 0;
  let slow = 0;
  for (let k = 0; k < n; k++) {
    const r = results[k]!;
    const share = r.front === null ? 0 : (byFront.get(r.front) ?? 0) * writeShare;
    good += r.good * share;
    slow += r.slow * share;
  }
  const sends = Math.round(good + slow);
  const accepting = q.state === 'available';
  publishCalls(world, router, q, accepting, byFront, writeShare);
  if (accepting) {
    enqueue(q, sends, world.tick);
    return;
  }
  // The send fails, and so does the request that made it.
  const lostSlow = Math.round(slow);
  const lostGood = sends - lostSlow;
  const tally = router.tally;
  tally.slow -= lostSlow;
  tally.good -= lostGood;
  tally.failed += lostSlow + lostGood;
  world.metrics.failedByCause.queue += lostSlow + lostGood;
  world.metrics.failedByCause.slow -= lostSlow;
  for (let k = 0; k < n; k++) {
    const r = results[k]!;
    const share = r.front === null ? 0 : (byFront.get(r.front) ?? 0) * writeShare;
    r.good -= r.good * share;
    r.slow -= r.slow * share;
  }
}

function enqueue(q: Queue, sends: number, tick: number): void {
  if (sends <= 0) return;
  q.unbilledRequests += sends;
  q.depth += sends;
  const last = q.batches.at(-1);
  if (last && tick - last.tick < QUEUE.batchSeconds) last.count += sends;
  else q.batches.push({ tick, count: sends });
}

/** Each call into this queue: the sends that were made, and those that failed there. */
function publishCalls(world: World, router: Router, q: Queue, accepting: boolean, byFront: ReadonlyMap<string, number>, writeShare: number): void {
  const calls = world.topology.calls;
  for (let c = 0; c < calls.length; c++) {
    const call = calls[c]!;
    if (call.to !== q.id) continue;
    let rps = 0;
    for (let k = 0; k < router.resultCount; k++) {
      const r = router.results[k]!;
      if (r.front === call.from) rps += (r.good + r.slow) * (byFront.get(call.from) ?? 0) * writeShare;
    }
    const flow = world.flows.calls[c]!;
    flow.rps = rps;
    flow.failedRps = accepting ? 0 : rps;
  }
}
