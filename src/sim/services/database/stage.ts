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
    for (const db of world.databases) callDatabase(world, router, db);
  },
};

function callDatabase(world: World, router: Router, db: Database): void {
  const calls = world.topology.calls;
  if (!calls.some((c) => c.to === db.id)) return;
  const shareOf = (front: string | null): number => {
    if (front === null) return 0;
    for (const c of calls) if (c.from === front && c.to === db.id) return c.sharePct / 100;
    return 0;
  };
  let good = 0;
  let slow = 0;
  for (const r of router.results) {
    const share = shareOf(r.front);
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
  publishCalls(world, router, db, lostShare, shareOf);
  // What the callers still have after this database, for the databases after it.
  for (const r of router.results) {
    const share = shareOf(r.front);
    if (share === 0 || lostShare === 0) continue;
    r.good -= r.good * share * lostShare;
    r.slow -= r.slow * share * lostShare;
  }
  const kbPerRequest = router.kbPerRequest;
  world.zones.forEach((z, i) => {
    let served = 0;
    for (const r of router.results) served += (r.servedByZone[i] ?? 0) * shareOf(r.front);
    if (served === 0 || z.id === db.primaryZoneId) return;
    const kb = served * kbPerRequest * 2;
    if (z.regionId === db.regionId) tally.interAzKb += kb;
    else tally.interRegionKb += kb;
  });
  // Asynchronous replication of writes to replicas in other Regions.
  let crossRegion = 0;
  for (const x of db.replicas) if (x.regionId !== db.regionId && x.state === 'available') crossRegion++;
  tally.interRegionKb += ((good + slow - lostGood - lostSlow) * writePct * kbPerRequest * crossRegion) / 100;
}

/** Each call into this database: how many requests made it, and how many failed there. */
function publishCalls(world: World, router: Router, db: Database, lostShare: number, shareOf: (front: string | null) => number): void {
  const calls = world.topology.calls;
  for (let c = 0; c < calls.length; c++) {
    const call = calls[c]!;
    if (call.to !== db.id) continue;
    let rps = 0;
    for (const r of router.results) if (r.front === call.from) rps += (r.good + r.slow) * shareOf(r.front);
    const flow = world.flows.calls[c]!;
    flow.rps = rps;
    flow.failedRps = rps * lostShare;
  }
}
