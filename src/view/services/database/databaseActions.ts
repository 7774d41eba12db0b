import { DATABASE, databaseHourlyMicros, PRICES, type Database, type World } from '../../../sim';
import { formatPerHour as perHour } from '../../format';
import { formValue as v, type ActionForm } from '../actionForm';
import { numberKey, type Action, type ActionSet } from '../serviceView';

/** What a change to `db` adds to its hourly bill, by the simulation's own formula. */
const extraPerHour = (db: Database, changed: Pick<Database, 'multiAz'> & { replicas: readonly unknown[] }): number =>
  databaseHourlyMicros({ size: db.size, ...changed }) - databaseHourlyMicros(db);

/** Protection (Multi-AZ, backups, replicas, snapshots) and recovery (failover, promotion, restore) of a database. */
export const databaseActions: ActionSet = {
  on: 'database',
  commands: ['database.enableMultiAz', 'database.failOver', 'database.enableBackups', 'database.addReadReplica', 'database.promoteReplica', 'database.snapshot', 'database.restore'],
  offer(world, id) {
    const db = world.databases.find((d) => d.id === id);
    if (!db) return [];
    const out: Action[] = [];
    if (!db.multiAz) {
      const extra = extraPerHour(db, { multiAz: true, replicas: db.replicas });
      out.push({ label: 'Enable Multi-AZ', key: 'u', command: { type: 'database.enableMultiAz', databaseId: db.id }, consequence: `a synchronous standby in another AZ, built from a snapshot: it protects only once in sync, after ${DATABASE.multiAzConversionTicks / 60} min; then failover 60–120 s, no data lost; ${perHour(extra)}` });
    } else out.push({ label: 'Fail over now', key: 'v', command: { type: 'database.failOver', databaseId: db.id }, consequence: `every request that needs it fails for ${DATABASE.failoverMinTicks}–${DATABASE.failoverMaxTicks} s while the standby takes over (a ready read replica keeps reads going)` });
    if (!db.backupsEnabled) {
      out.push({ label: 'Turn on automated backups', key: 'b', command: { type: 'database.enableBackups', databaseId: db.id }, consequence: `transaction logs saved every ${DATABASE.logUploadIntervalTicks / 60} min: a restore loses at most that much` });
    }
    const replica = replicaAction(world, db);
    if (replica) out.push(replica);
    db.replicas.forEach((r, i) => {
      if (r.state !== 'available') return;
      out.push({
        label: `Promote ${r.id} (${r.zoneId})`,
        key: i === 0 ? 'o' : numberKey(i),
        command: { type: 'database.promoteReplica', databaseId: db.id, replicaId: r.id },
        consequence: `${r.id} becomes the primary in about ${DATABASE.promoteTicks / 60} min and serves nothing until then (RDS reboots it); writes not yet copied to it are lost`,
        confirm: `Promote ${r.id} to primary? Promotion is one-way: it stops copying from ${db.id} and writes not yet copied are lost.`,
      });
    });
    out.push({ label: 'Snapshot', key: 'n', command: { type: 'database.snapshot', databaseId: db.id }, consequence: `a restore point now; $${(PRICES.snapshotGbMonthMicros / 1e6).toFixed(3)}/GB-month` });
    if (db.state === 'down') out.push({ label: 'Restore from backup', key: 'e', command: { type: 'database.restore', databaseId: db.id }, consequence: `a new instance in about ${DATABASE.restoreTicks / 60} min; writes since the last backup are lost` });
    return out;
  },
};

/**
 * "Add read replica…": in any AZ of any Region (another Region makes it a cross-Region replica,
 * the pilot light's live copy of the data). The default is another AZ of the primary's Region.
 */
function replicaAction(world: World, db: Database): Action | null {
  if (db.replicas.length >= DATABASE.maxReplicas) return null;
  const zones = [...world.zones].sort((a, b) => Number(b.regionId === db.regionId) - Number(a.regionId === db.regionId));
  const first = zones.find((z) => z.id !== db.primaryZoneId && z.id !== db.standbyZoneId) ?? zones.find((z) => z.id !== db.primaryZoneId);
  if (!first) return null;
  const extra = perHour(extraPerHour(db, { multiAz: db.multiAz, replicas: [...db.replicas, first.id] }));
  const form: ActionForm = {
    title: `New read replica of ${db.id}`,
    intro: 'An asynchronous copy that serves reads and can be promoted to a primary if the primary is lost (a few seconds of writes behind).',
    submit: 'Add replica',
    fields: [
      {
        kind: 'choice',
        name: 'zone',
        label: 'Availability Zone',
        options: zones.map((z) => ({ value: z.id, label: z.regionId === db.regionId ? `${z.id} (${z.regionId})` : `${z.id} (${z.regionId}, cross-Region)` })),
        value: first.id,
        hint: `Built from a snapshot: ready in ${DATABASE.replicaCreateTicks / 60} min in this Region, ${DATABASE.crossRegionReplicaCreateTicks / 60} min in another (the snapshot is copied first). In another Region it survives a Region outage.`,
      },
    ],
    build: (values) => ({ type: 'database.addReadReplica', databaseId: db.id, zoneId: v.text(values, 'zone') }),
    consequence: (values) => `ready in ${(world.zones.find((z) => z.id === v.text(values, 'zone'))?.regionId === db.regionId ? DATABASE.replicaCreateTicks : DATABASE.crossRegionReplicaCreateTicks) / 60} min; billed like the primary's class from now: ${extra}`,
  };
  return { label: 'Add read replica…', key: 'r', command: form.build({ zone: first.id }), consequence: `serves reads and can be promoted once built (${DATABASE.replicaCreateTicks / 60} min, ${DATABASE.crossRegionReplicaCreateTicks / 60} across Regions); ${extra}`, form };
}
