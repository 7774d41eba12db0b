import { fail, ok, type Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { accepts } from '../../machines/advance';
import { findZone, upZones } from '../places/places';
import { DATABASE } from './constants';
import { databaseMachine } from './machine';
import type { Database } from './state';
import { transitionDatabase } from './transitionDatabase';
import { words } from '../../../shared/words';

export interface RestorePlan {
  db: Database;
  zoneId: string;
  crossRegion: boolean;
  /** The point in time restored to: everything written after it is lost. */
  pointTick: number;
}

/**
 * Restore always makes a new instance (DOMAIN §6): from the latest restorable time (≤ 5 min ago)
 * with automated backups, else from a snapshot. Into another Region only from the hourly
 * cross-Region backup copies of a DR plan.
 */
export function planRestore(world: World, db: Database, opts: { zoneId?: string | undefined; snapshotId?: string | undefined }): Result<RestorePlan> {
  if (!accepts(databaseMachine, db.state, { type: 'RESTORE' })) return fail(`restore is for a database that is down (${db.id} is ${words(db.state)})`);
  const up = upZones(world);
  const zoneId = opts.zoneId ?? world.zones.find((z) => z.regionId === db.regionId && up.has(z.id))?.id;
  const zone = zoneId === undefined ? undefined : findZone(world, zoneId);
  if (!zone || !up.has(zone.id)) return fail('choose an AZ that is up to restore into');
  const crossRegion = zone.regionId !== db.regionId;
  if (crossRegion && world.dr?.drRegionId !== zone.regionId) return fail(`no backups are copied to ${zone.regionId}: set a DR posture first`);
  const lostAt = db.lostAtTick ?? world.tick;
  let pointTick: number;
  if (opts.snapshotId !== undefined) {
    const snap = db.snapshots.find((s) => s.id === opts.snapshotId);
    if (!snap) return fail(`${db.id} has no snapshot "${opts.snapshotId}"`);
    pointTick = snap.tick;
  } else if (crossRegion) {
    pointTick = Math.floor(lostAt / 3600) * 3600;
  } else if (db.backupsEnabled) {
    pointTick = db.lastLogUploadTick;
  } else {
    const latest = db.snapshots.at(-1);
    if (!latest) return fail(`${db.id} has no automated backups and no snapshot: nothing to restore from`);
    pointTick = latest.tick;
  }
  return ok({ db, zoneId: zone.id, crossRegion, pointTick });
}

export function startRestore(world: World, plan: RestorePlan, events: EventSink): string {
  const { db } = plan;
  const lostAt = db.lostAtTick ?? world.tick;
  recordDataLoss(world, db, Math.max(0, lostAt - plan.pointTick), events);
  // planRestore asked the machine: RESTORE is accepted.
  void transitionDatabase(world, db, { type: 'RESTORE' }, events);
  db.pendingZoneId = plan.zoneId;
  db.regionId = findZone(world, plan.zoneId)!.regionId;
  db.deadlineTick = world.tick + (plan.crossRegion ? DATABASE.crossRegionRestoreTicks : DATABASE.restoreTicks);
  db.multiAz = false;
  db.standbyZoneId = null;
  const minutes = (db.deadlineTick - world.tick) / 60;
  events.push({ tick: world.tick, type: 'database.restoreStarted', subject: db.id, detail: `into ${plan.zoneId}, about ${minutes} min` });
  return db.id;
}

/** Writes after the restored point are gone: the data loss the RPO measures. */
export function recordDataLoss(world: World, db: Database, seconds: number, events: EventSink): void {
  db.lostAtTick = null;
  if (seconds <= 0) return;
  world.metrics.dataLostSeconds += seconds;
  events.push({ tick: world.tick, type: 'database.dataLost', subject: db.id, value: seconds, detail: `${seconds} s of writes` });
}
