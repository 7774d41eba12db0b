import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import type { Router } from '../../traffic/router';
import type { Stage } from '../../traffic/stage';
import type { Database } from './state';

/**
 * A database on the request path: what a front component served calls it (the level's topology says
 * which, and what share), and `writePct` of those calls write. Writes need the primary; reads are
 * served by a read replica while the primary is away. Calls from other AZs or Regions pay transfer
 * both ways; writes replicate to replicas in other Regions. Databases are called in World order, each
 * seeing what the ones before it left standing.
 */
export const databaseStage: Stage = {
  role: 'dependency',
  depend(world, router) {
    const callers = callersOf(world);
    for (const db of world.databases) {
      const byFront = callers.get(db.id);
      if (byFront) callDatabase(world, router, db, byFront);
    }
  },
};

/** For each database, the fronts that call it and with what share (0–1), worked out when the topology changes. */
const callersSlot = derivedSlot('database.callers', () => ({ version: -1, byDb: new Map<string, Map<string, number>>() }));

function callersOf(world: World): Map<string, Map<string, number>> {
  const slot = callersSlot(world);
  if (slot.version === world.topologyVersion && slot.byDb.size > 0) return slot.byDb;
  slot.byDb.clear();
  for (const c of world.topology.calls) {
    let byFront = slot.byDb.get(c.to);
    if (!byFront) slot.byDb.set(c.to, (byFront = new Map()));
    byFront.set(c.from, c.sharePct / 100);
  }
  slot.version = world.topologyVersion;
  return slot.byDb;
}

function callDatabase(world: World, router: Router, db: Database, byFront: ReadonlyMap<string, number>): void {
  const results = router.results;
  const n = router.resultCount;
  let good = 0;
  let slow = 0;
  for (let k = 0; k < n; k++) {
    const r = results[k]!;
    const share = r.front === null ? 0 : (byFront.get(r.front) ?? 0);
    good += r.good * share;
    slow += r.slow * share;
  }
  const tally = router.tally;
  const writePct = router.tr.writePct;
  const lostShare = db.state === 'available' ? 0 : db.replicas.some((x) => x.state === 'available') ? writePct / 100 : 1;
  const lostSlow = Math.round(slow * lostShare);
  const lostGood = Math.round(good * lostShare);
  if (lostShare > 0) {
    tally.slow -= lostSlow;
    tally.good -= lostGood;
    tally.failed += lostSlow + lostGood;
    world.metrics.failedByCause.database += lostSlow + lostGood;
    world.metrics.failedByCause.slow -= lostSlow;
  }
  publishCalls(world, router, db, lostShare, byFront);
  const kbPerRequest = router.kbPerRequest;
  const zones = world.zones;
  for (let i = 0; i < zones.length; i++) {
    const z = zones[i]!;
    if (z.id === db.primaryZoneId) continue;
    let served = 0;
    for (let k = 0; k < n; k++) {
      const r = results[k]!;
      if (r.front !== null) served += (r.servedByZone[i] ?? 0) * (byFront.get(r.front) ?? 0);
    }
    if (served === 0) continue;
    const kb = served * kbPerRequest * 2;
    if (z.regionId === db.regionId) tally.interAzKb += kb;
    else tally.interRegionKb += kb;
  }
  // Asynchronous replication of writes to replicas in other Regions.
  let crossRegion = 0;
  for (const x of db.replicas) if (x.regionId !== db.regionId && x.state === 'available') crossRegion++;
  tally.interRegionKb += ((good + slow - lostGood - lostSlow) * writePct * kbPerRequest * crossRegion) / 100;
  // What the callers still have after this database, for the databases after it.
  if (lostShare > 0) {
    for (let k = 0; k < n; k++) {
      const r = results[k]!;
      const share = r.front === null ? 0 : (byFront.get(r.front) ?? 0);
      r.good -= r.good * share * lostShare;
      r.slow -= r.slow * share * lostShare;
    }
  }
}

/** Each call into this database: how many requests made it, and how many failed there. */
function publishCalls(world: World, router: Router, db: Database, lostShare: number, byFront: ReadonlyMap<string, number>): void {
  const calls = world.topology.calls;
  for (let c = 0; c < calls.length; c++) {
    const call = calls[c]!;
    if (call.to !== db.id) continue;
    let rps = 0;
    for (let k = 0; k < router.resultCount; k++) {
      const r = router.results[k]!;
      if (r.front === call.from) rps += (r.good + r.slow) * (byFront.get(call.from) ?? 0);
    }
    const flow = world.flows.calls[c]!;
    flow.rps = rps;
    flow.failedRps = rps * lostShare;
  }
}
