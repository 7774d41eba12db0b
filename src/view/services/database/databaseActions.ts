import { DATABASE, databaseHourlyMicros, PRICES, type Database } from '../../../sim';
import { formatPerHour as perHour } from '../../format';
import type { Action, ActionSet } from '../serviceView';

/** What a change to `db` adds to its hourly bill, by the simulation's own formula. */
const extraPerHour = (db: Database, changed: Pick<Database, 'multiAz'> & { replicas: readonly unknown[] }): number =>
  databaseHourlyMicros({ size: db.size, ...changed }) - databaseHourlyMicros(db);

/** Protection (Multi-AZ, replicas, snapshots) and recovery (failover, restore) of a database. */
export const databaseActions: ActionSet = {
  on: 'database',
  commands: ['database.enableMultiAz', 'database.failOver', 'database.addReadReplica', 'database.snapshot', 'database.restore'],
  offer(world, id) {
    const db = world.databases.find((d) => d.id === id);
    if (!db) return [];
    const out: Action[] = [];
    if (!db.multiAz) {
      const extra = extraPerHour(db, { multiAz: true, replicas: db.replicas });
      out.push({ label: 'Enable Multi-AZ', key: 'u', command: { type: 'database.enableMultiAz', databaseId: db.id }, consequence: `a synchronous standby in another AZ (in sync after ${DATABASE.standbyRebuildTicks / 60} min); failover 60–120 s, no data lost; ${perHour(extra)}` });
    } else out.push({ label: 'Fail over now', key: 'v', command: { type: 'database.failOver', databaseId: db.id }, consequence: 'writes fail for 60–120 s while the standby takes over' });
    const zone = world.zones.find((z) => z.regionId === db.regionId && z.id !== db.primaryZoneId);
    if (zone) {
      const extra = extraPerHour(db, { multiAz: db.multiAz, replicas: [...db.replicas, zone.id] });
      out.push({ label: `Read replica in ${zone.id}`, key: 'r', command: { type: 'database.addReadReplica', databaseId: db.id, zoneId: zone.id }, consequence: `serves reads while the primary is away; ${perHour(extra)}` });
    }
    out.push({ label: 'Snapshot', key: 'n', command: { type: 'database.snapshot', databaseId: db.id }, consequence: `a restore point now; $${(PRICES.snapshotGbMonthMicros / 1e6).toFixed(3)}/GB-month` });
    if (db.state === 'down') out.push({ label: 'Restore from backup', key: 'e', command: { type: 'database.restore', databaseId: db.id }, consequence: `a new instance in about ${DATABASE.restoreTicks / 60} min; writes since the last backup are lost` });
    return out;
  },
};
