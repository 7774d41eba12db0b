import type { Stage } from '../../traffic/stage';

/**
 * The database on the request path: every served request reads it and `writePct` of them write.
 * Writes need the primary; reads are served by a read replica while the primary is away. Requests
 * served from other AZs or Regions pay transfer both ways; writes replicate to other Regions.
 */
export const databaseStage: Stage = {
  role: 'dependency',
  depend(world, router) {
    const db = world.databases[0];
    if (!db) return;
    const tally = router.tally;
    const writePct = router.tr.writePct;
    const kbPerRequest = router.kbPerRequest;
    if (db.state !== 'available') {
      const replicaUp = db.replicas.some((x) => x.state === 'available');
      const lostShare = replicaUp ? writePct / 100 : 1;
      const lostSlow = Math.round(tally.slow * lostShare);
      const lostGood = Math.round(tally.good * lostShare);
      tally.slow -= lostSlow;
      tally.good -= lostGood;
      tally.failed += lostSlow + lostGood;
      world.metrics.failedByCause.database += lostSlow + lostGood;
      world.metrics.failedByCause.slow -= lostSlow;
    }
    world.zones.forEach((z, i) => {
      const served = router.servedByZone[i] ?? 0;
      if (served === 0 || z.id === db.primaryZoneId) return;
      const kb = served * kbPerRequest * 2;
      if (z.regionId === db.regionId) tally.interAzKb += kb;
      else tally.interRegionKb += kb;
    });
    // Asynchronous replication of writes to replicas in other Regions.
    let crossRegion = 0;
    for (const x of db.replicas) if (x.regionId !== db.regionId && x.state === 'available') crossRegion++;
    tally.interRegionKb += ((tally.good + tally.slow) * writePct * kbPerRequest * crossRegion) / 100;
  },
};
