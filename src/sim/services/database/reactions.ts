import type { EventSink } from '../../core/events';
import type { Reactions } from '../../core/serviceKind';
import type { World } from '../../core/world';
import { findZone } from '../places/places';
import { DATABASE } from './constants';
import type { Database } from './state';
import { hasReadyStandby, losePrimary, transitionDatabase } from './transitionDatabase';

/** How outages reach databases: primaries lost, standbys and replicas down, and back again. */
export const databaseReactions: Reactions = {
  zoneDown(world, zoneId, _affected, events) {
    for (const db of world.databases) {
      for (const r of db.replicas) if (r.zoneId === zoneId) r.state = 'down';
      if (db.standbyZoneId === zoneId && db.primaryZoneId !== zoneId) {
        // Losing the standby leaves the primary unprotected until a new standby is built.
        db.standbyReadyTick = Number.MAX_SAFE_INTEGER;
        continue;
      }
      // Refused when the primary is already lost (a second outage of the same zone): nothing more to lose.
      if (db.primaryZoneId === zoneId) void losePrimary(world, db, events, hasReadyStandby(world, db));
    }
  },
  regionDown(world, regionId, events) {
    for (const db of world.databases) {
      if (db.regionId === regionId) void losePrimary(world, db, events, false);
      for (const r of db.replicas) if (r.regionId === regionId) r.state = 'down';
    }
  },
  zoneBack(world, zoneId, events) {
    for (const db of world.databases) zoneBack(world, db, zoneId, events);
  },
  regionBack(world, regionId, events) {
    for (const db of world.databases) {
      if (db.regionId === regionId) zoneBack(world, db, db.primaryZoneId, events);
      for (const r of db.replicas) if (r.regionId === regionId && r.state === 'down') r.state = 'available';
    }
  },
};

/** A single-AZ primary whose zone went dark comes back with it, volume intact: nothing is lost. */
function zoneBack(world: World, db: Database, zoneId: string, events: EventSink): void {
  if (db.standbyZoneId === zoneId && db.standbyReadyTick === Number.MAX_SAFE_INTEGER) db.standbyReadyTick = world.tick + DATABASE.standbyRebuildTicks;
  if (db.state !== 'down' || db.primaryZoneId !== zoneId || findZone(world, zoneId)?.state !== 'available') return;
  const region = world.regions.find((r) => r.id === db.regionId);
  if (region && region.state !== 'available') return;
  void transitionDatabase(world, db, { type: 'ZONE_BACK' }, events, zoneId);
}
