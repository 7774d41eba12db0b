import { fail, ok, type Result } from '../../../shared/result';
import { oneOf, optional, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { accepts } from '../../machines/advance';
import { findZone, otherZone, upZones } from '../places/places';
import { DATABASE, DATABASE_SIZE_NAMES } from './constants';
import { createDatabase } from './createDatabase';
import { copySourceLive } from './copySource';
import { databaseMachine } from './machine';
import { planRestore, recordDataLoss, startRestore } from './restore';
import type { Database } from './state';
import { findDatabase, hasReadyStandby, transitionDatabase } from './transitionDatabase';
import { words } from '../../../shared/words';

const dbRef = () => required(ref('The database, e.g. "orders-db".'));

function getDb(world: World, id: string): Result<Database> {
  const db = findDatabase(world, id);
  return db ? ok(db) : fail(`there is no database "${id}"`);
}

export const createDbCommand = defineCommand({
  type: 'database.create',
  summary: 'Create a single-AZ database (with automated backups) in an Availability Zone.',
  fields: {
    regionId: required(ref('The Region.')),
    zoneId: required(ref('The Availability Zone of the primary.')),
    size: optional(oneOf(DATABASE_SIZE_NAMES, { description: 'The instance class (default db.m5.large).', noun: 'database size' })),
  },
  check(world, c) {
    const zone = findZone(world, c.zoneId);
    return zone && zone.regionId === c.regionId ? ok(zone.id) : fail(`"${c.zoneId}" is not an AZ of ${c.regionId}`);
  },
  apply(world, c, zoneId, events) {
    const id = newId(world, 'db');
    world.databases.push({ ...createDatabase(world, { id, region: c.regionId, zone: zoneId, ...(c.size ? { size: c.size } : {}) }), lastLogUploadTick: world.tick });
    events.push({ tick: world.tick, type: 'database.created', subject: id, detail: zoneId });
    return id;
  },
});

/** A synchronous standby in another AZ; it protects the primary once it has been built. */
export const enableMultiAzCommand = defineCommand({
  type: 'database.enableMultiAz',
  summary: 'Add a synchronous standby in another AZ: once in sync, a lost primary fails over in 60–120 s.',
  fields: { databaseId: dbRef(), standbyZoneId: optional(ref('The standby\'s AZ (default: another AZ of the Region).')) },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    const db = found.value;
    if (db.multiAz) return fail(`${db.id} is already Multi-AZ`);
    const standby = c.standbyZoneId ?? otherZone(world, db.regionId, db.primaryZoneId);
    const zone = standby === null ? undefined : findZone(world, standby);
    if (!zone || zone.regionId !== db.regionId || zone.id === db.primaryZoneId) return fail('the standby needs another AZ of the same Region');
    return ok({ db, zoneId: zone.id });
  },
  apply(world, _c, { db, zoneId }, events) {
    db.multiAz = true;
    db.standbyZoneId = zoneId;
    db.standbyReadyTick = world.tick + DATABASE.multiAzConversionTicks;
    events.push({ tick: world.tick, type: 'database.multiAzEnabled', subject: db.id, detail: `standby in ${zoneId}, in sync in ${DATABASE.multiAzConversionTicks / 60} min` });
    return db.id;
  },
});

export const enableBackupsCommand = defineCommand({
  type: 'database.enableBackups',
  summary: 'Turn on automated backups: point-in-time restore to about five minutes ago.',
  fields: { databaseId: dbRef() },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    return found.value.backupsEnabled ? fail(`${c.databaseId} already has automated backups`) : found;
  },
  apply(world, _c, db) {
    db.backupsEnabled = true;
    db.lastLogUploadTick = world.tick;
    return db.id;
  },
});

/** Reboot with failover: the standby takes over in 60–120 s. */
export const failOverDbCommand = defineCommand({
  type: 'database.failOver',
  summary: 'Reboot with failover: the standby takes over in 60–120 s (needs Multi-AZ, in sync).',
  fields: { databaseId: dbRef() },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    const db = found.value;
    if (accepts(databaseMachine, db.state, { type: 'FAIL_OVER', hasStandby: hasReadyStandby(world, db) })) return found;
    return fail(db.multiAz ? `${db.id} cannot fail over now (${words(db.state)}; is its standby in sync?)` : `${db.id} has no standby: enable Multi-AZ first`);
  },
  apply(world, _c, db, events) {
    void transitionDatabase(world, db, { type: 'FAIL_OVER', hasStandby: hasReadyStandby(world, db) }, events);
    return db.id;
  },
});

export const addReplicaCommand = defineCommand({
  type: 'database.addReadReplica',
  summary: 'Add an asynchronous read replica in any AZ or Region: it serves reads and can be promoted.',
  fields: { databaseId: dbRef(), zoneId: required(ref('The replica\'s AZ (another Region makes it cross-Region).')) },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    const zone = findZone(world, c.zoneId);
    if (!zone) return fail(`there is no AZ "${c.zoneId}"`);
    if (found.value.state !== 'available') return fail(`a read replica copies a live primary; ${found.value.id} is ${words(found.value.state)}`);
    if (found.value.replicas.length >= DATABASE.maxReplicas) return fail(`a database has at most ${DATABASE.maxReplicas} read replicas`);
    return ok({ db: found.value, zone });
  },
  apply(world, _c, { db, zone }, events) {
    const id = newId(world, 'replica');
    const ready = world.tick + (zone.regionId === db.regionId ? DATABASE.replicaCreateTicks : DATABASE.crossRegionReplicaCreateTicks);
    db.replicas.push({ id, regionId: zone.regionId, zoneId: zone.id, state: 'creating', readyTick: ready });
    events.push({ tick: world.tick, type: 'database.replicaAdded', subject: db.id, detail: `${id} in ${zone.id}` });
    return id;
  },
});

/** Promotion is one-way and takes minutes; writes since the replica's lag are lost if the primary was. */
export const promoteReplicaCommand = defineCommand({
  type: 'database.promoteReplica',
  summary: 'Promote a read replica to a standalone primary (minutes; one-way).',
  fields: { databaseId: dbRef(), replicaId: required(ref('The replica to promote.')) },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    const db = found.value;
    const replica = db.replicas.find((r) => r.id === c.replicaId);
    if (!replica) return fail(`${db.id} has no replica "${c.replicaId}"`);
    if (replica.state === 'creating' && !copySourceLive(world, db)) return fail(`${replica.id} is still being created and cannot finish: its source ${db.id} is lost, so there is no data to copy`);
    if (replica.state === 'creating') return fail(`${replica.id} is still being created (ready at ${replica.readyTick} s): a replica can be promoted once it has the data`);
    if (replica.state !== 'available' || !upZones(world).has(replica.zoneId)) return fail(`${replica.id} is not reachable`);
    if (!accepts(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' })) return fail(`${db.id} cannot promote a replica while ${words(db.state)}`);
    return ok({ db, replica });
  },
  apply(world, _c, { db, replica }, events) {
    if (db.lostAtTick !== null) recordDataLoss(world, db, DATABASE.replicaLagTicks, events);
    void transitionDatabase(world, db, { type: 'PROMOTE_REPLICA' }, events);
    replica.state = 'promoting';
    db.deadlineTick = world.tick + DATABASE.promoteTicks;
    events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${replica.id} in ${replica.zoneId}` });
    return replica.id;
  },
});

export const snapshotCommand = defineCommand({
  type: 'database.snapshot',
  summary: 'Take a manual snapshot (billed as S3 storage); a restore can go back to it.',
  fields: { databaseId: dbRef() },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    return found.value.state !== 'available' ? fail(`a snapshot needs the database available (${words(found.value.state)})`) : found;
  },
  apply(world, _c, db, events) {
    const id = newId(world, 'snap');
    db.snapshots.push({ id, databaseId: db.id, tick: world.tick, sizeGb: db.storageGb });
    events.push({ tick: world.tick, type: 'database.snapshotTaken', subject: db.id, detail: id });
    return id;
  },
});

export const restoreCommand = defineCommand({
  type: 'database.restore',
  summary: 'Restore a database that is down into a new instance, from its backups or a snapshot; later writes are lost.',
  fields: { databaseId: dbRef(), zoneId: optional(ref('The AZ to restore into (default: one that is up).')), snapshotId: optional(ref('A snapshot to restore from.')) },
  check(world, c) {
    const found = getDb(world, c.databaseId);
    if (!found.ok) return found;
    return planRestore(world, found.value, { zoneId: c.zoneId, snapshotId: c.snapshotId });
  },
  apply: (world, _c, plan, events) => startRestore(world, plan, events),
});

export const databaseCommands = [
  createDbCommand,
  enableMultiAzCommand,
  enableBackupsCommand,
  failOverDbCommand,
  addReplicaCommand,
  promoteReplicaCommand,
  snapshotCommand,
  restoreCommand,
] as const;
