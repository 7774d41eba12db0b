import type { SystemDef } from '../../core/serviceKind';
import { findZone } from '../places/places';
import { DATABASE } from './constants';
import { copySourceLive } from './copySource';
import type { DatabaseEvent } from './machine';
import { transitionDatabase } from './transitionDatabase';

const DEADLINE_EVENT: Partial<Record<string, DatabaseEvent>> = {
  failingOver: { type: 'FAILOVER_DONE' },
  restoring: { type: 'RESTORED' },
  promoting: { type: 'PROMOTED' },
};

/** Failovers, restores and promotions finish at their deadlines; replicas come back with their zone. */
export const databaseLifecycle: SystemDef = {
  name: 'database.lifecycle',
  phase: 'lifecycles',
  run(world, { events }) {
    const now = world.tick;
    for (const db of world.databases) {
      const sourceLive = copySourceLive(world, db);
      for (const r of db.replicas) {
        const regionUp = world.regions.find((x) => x.id === r.regionId)?.state !== 'down';
        // Nothing to copy from a lost source: the creation pauses, its remaining time kept.
        if (r.state === 'creating' && !sourceLive) r.readyTick += 1;
        if (r.state === 'creating' && now >= r.readyTick) {
          r.state = 'available';
          events.push({ tick: now, type: 'database.replicaReady', subject: db.id, detail: `${r.id} in ${r.zoneId}` });
        }
        if (r.state === 'down' && regionUp && findZone(world, r.zoneId)?.state === 'available') r.state = 'available';
      }
      const event = DEADLINE_EVENT[db.state];
      if (event === undefined || db.deadlineTick > now) continue;
      // Every timed state accepts its own completion event.
      void transitionDatabase(world, db, event, events);
    }
  },
};

/**
 * Automated backups: RDS uploads transaction logs to S3 every 5 minutes, so the latest restorable
 * time trails by up to 5 minutes — the RPO of a restore (DOMAIN §6). In 'record': the writes of this
 * tick are in the upload that happens on this tick.
 */
export const backUpDatabases: SystemDef = {
  name: 'database.backups',
  phase: 'record',
  run(world) {
    if (world.tick % DATABASE.logUploadIntervalTicks !== 0) return;
    for (const db of world.databases) if (db.backupsEnabled && db.state === 'available') db.lastLogUploadTick = world.tick;
  },
};
