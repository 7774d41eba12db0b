import { advance, canAdvance } from '../machines/advance';
import { databaseMachine } from '../machines/databaseMachine';
import type { EventSink } from '../events';
import { DATABASE, DATABASE_SIZES } from '../model/constants';
import type { DatabaseState } from '../model/lifecycles';
import type { Database, World } from '../model/world';
import { failoverTicks, hasReadyStandby } from '../faults';
import { findDatabase, findZone, newId } from '../lookup';
import { upZones } from '../systems/upZones';
import { defaultStandbyZone } from '../world';
import { fail, ok, type Result } from '../../shared/result';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

function getDb(world: World, id: string): Result<Database> {
  const db = findDatabase(world, id);
  return db ? ok(db) : fail(`there is no database "${id}"`);
}

export function createDb(world: World, c: Of<'database.create'>, events: EventSink): Result<string> {
  const zone = findZone(world, c.zoneId);
  if (!zone || zone.regionId !== c.regionId) return fail(`"${c.zoneId}" is not an AZ of ${c.regionId}`);
  if (c.size !== undefined && !(c.size in DATABASE_SIZES)) return fail(`size must be one of ${Object.keys(DATABASE_SIZES).join(', ')}`);
  const id = newId(world, 'db');
  world.databases.push({
    id,
    regionId: c.regionId,
    size: c.size ?? 'db.m5.large',
    multiAz: false,
    primaryZoneId: zone.id,
    standbyZoneId: null,
    standbyReadyTick: 0,
    state: 'available',
    deadlineTick: 0,
    pendingZoneId: null,
    backupsEnabled: true,
    lastLogUploadTick: world.tick,
    lostAtTick: null,
    storageGb: 20,
    replicas: [],
    snapshots: [],
  });
  events.push({ tick: world.tick, type: 'database.created', subject: id, detail: zone.id });
  return ok(id);
}

/** A synchronous standby in another AZ; it protects the primary once it has been built. */
export function enableMultiAz(world: World, c: Of<'database.enableMultiAz'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const db = found.value;
  if (db.multiAz) return fail(`${db.id} is already Multi-AZ`);
  const standby = c.standbyZoneId ?? defaultStandbyZone(world, db.regionId, db.primaryZoneId);
  const zone = standby === null ? undefined : findZone(world, standby);
  if (!zone || zone.regionId !== db.regionId || zone.id === db.primaryZoneId) return fail('the standby needs another AZ of the same Region');
  db.multiAz = true;
  db.standbyZoneId = zone.id;
  db.standbyReadyTick = world.tick + DATABASE.standbyRebuildTicks;
  events.push({ tick: world.tick, type: 'database.multiAzEnabled', subject: db.id, detail: `standby in ${zone.id}, in sync in ${DATABASE.standbyRebuildTicks / 60} min` });
  return ok(db.id);
}

export function enableBackups(world: World, c: Of<'database.enableBackups'>): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  if (found.value.backupsEnabled) return fail(`${c.databaseId} already has automated backups`);
  found.value.backupsEnabled = true;
  found.value.lastLogUploadTick = world.tick;
  return ok(c.databaseId);
}

/** Reboot with failover: the standby takes over in 60–120 s. */
export function failOver(world: World, c: Of<'database.failOver'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const db = found.value;
  const next = advance(databaseMachine, db.state, { type: 'FAIL_OVER', hasStandby: hasReadyStandby(world, db) }) as DatabaseState | null;
  if (next === null) return fail(db.multiAz ? `${db.id} cannot fail over now (${db.state}; is its standby in sync?)` : `${db.id} has no standby: enable Multi-AZ first`);
  db.state = next;
  db.deadlineTick = world.tick + failoverTicks(world);
  events.push({ tick: world.tick, type: 'database.failoverStarted', subject: db.id, detail: `to ${db.standbyZoneId}` });
  return ok(db.id);
}

export function addReadReplica(world: World, c: Of<'database.addReadReplica'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const zone = findZone(world, c.zoneId);
  if (!zone) return fail(`there is no AZ "${c.zoneId}"`);
  if (found.value.state !== 'available') return fail(`a read replica copies a live primary; ${found.value.id} is ${found.value.state}`);
  // RDS allows up to 15 read replicas per source (DOMAIN §6).
  if (found.value.replicas.length >= 15) return fail('a database has at most 15 read replicas');
  const id = newId(world, 'replica');
  found.value.replicas.push({ id, regionId: zone.regionId, zoneId: zone.id, state: 'available' });
  events.push({ tick: world.tick, type: 'database.replicaAdded', subject: found.value.id, detail: `${id} in ${zone.id}` });
  return ok(id);
}

/** Promotion is one-way and takes minutes; writes since the replica's lag are lost if the primary was. */
export function promoteReplica(world: World, c: Of<'database.promoteReplica'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const db = found.value;
  const replica = db.replicas.find((r) => r.id === c.replicaId);
  if (!replica) return fail(`${db.id} has no replica "${c.replicaId}"`);
  if (replica.state !== 'available' || !upZones(world).has(replica.zoneId)) return fail(`${replica.id} is not reachable`);
  const next = advance(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' }) as DatabaseState | null;
  if (next === null) return fail(`${db.id} cannot promote a replica while ${db.state}`);
  if (db.lostAtTick !== null) recordDataLoss(world, db, DATABASE.replicaLagTicks, events);
  db.state = next;
  replica.state = 'promoting';
  db.deadlineTick = world.tick + DATABASE.promoteTicks;
  events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${replica.id} in ${replica.zoneId}` });
  return ok(replica.id);
}

export function snapshot(world: World, c: Of<'database.snapshot'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const db = found.value;
  if (db.state !== 'available') return fail(`a snapshot needs the database available (${db.state})`);
  const id = newId(world, 'snap');
  db.snapshots.push({ id, databaseId: db.id, tick: world.tick, sizeGb: db.storageGb });
  events.push({ tick: world.tick, type: 'database.snapshotTaken', subject: db.id, detail: id });
  return ok(id);
}

/**
 * Restore always makes a new instance (DOMAIN §6): from the latest restorable time (≤ 5 min ago)
 * with automated backups, else from a snapshot. Everything written after that point is lost.
 * Into another Region only from the hourly cross-region backup copies of a DR plan.
 */
export function restore(world: World, c: Of<'database.restore'>, events: EventSink): Result<string> {
  const found = getDb(world, c.databaseId);
  if (!found.ok) return found;
  const db = found.value;
  if (!canAdvance(databaseMachine, db.state, { type: 'RESTORE' })) return fail(`restore is for a database that is down (${db.id} is ${db.state})`);
  const up = upZones(world);
  const zoneId = c.zoneId ?? world.zones.find((z) => z.regionId === db.regionId && up.has(z.id))?.id;
  const zone = zoneId === undefined ? undefined : findZone(world, zoneId);
  if (!zone || !up.has(zone.id)) return fail('choose an AZ that is up to restore into');
  const crossRegion = zone.regionId !== db.regionId;
  if (crossRegion && world.dr?.drRegionId !== zone.regionId) return fail(`no backups are copied to ${zone.regionId}: set a DR posture first`);
  const lostAt = db.lostAtTick ?? world.tick;
  let point: number;
  if (c.snapshotId !== undefined) {
    const snap = db.snapshots.find((s) => s.id === c.snapshotId);
    if (!snap) return fail(`${db.id} has no snapshot "${c.snapshotId}"`);
    point = snap.tick;
  } else if (crossRegion) {
    point = Math.floor(lostAt / 3600) * 3600;
  } else if (db.backupsEnabled) {
    point = db.lastLogUploadTick;
  } else {
    const latest = db.snapshots.at(-1);
    if (!latest) return fail(`${db.id} has no automated backups and no snapshot: nothing to restore from`);
    point = latest.tick;
  }
  recordDataLoss(world, db, Math.max(0, lostAt - point), events);
  db.state = advance(databaseMachine, db.state, { type: 'RESTORE' }) as DatabaseState;
  db.pendingZoneId = zone.id;
  db.regionId = zone.regionId;
  db.deadlineTick = world.tick + (crossRegion ? DATABASE.crossRegionRestoreTicks : DATABASE.restoreTicks);
  db.multiAz = false;
  db.standbyZoneId = null;
  const minutes = (db.deadlineTick - world.tick) / 60;
  events.push({ tick: world.tick, type: 'database.restoreStarted', subject: db.id, detail: `into ${zone.id}, about ${minutes} min` });
  return ok(db.id);
}

function recordDataLoss(world: World, db: Database, seconds: number, events: EventSink): void {
  db.lostAtTick = null;
  if (seconds <= 0) return;
  world.metrics.dataLostSeconds += seconds;
  events.push({ tick: world.tick, type: 'database.dataLost', subject: db.id, value: seconds, detail: `${seconds} s of writes` });
}
