import { chargeHourly, chargeMonthly, type Ledger } from '../../core/ledger';
import type { World } from '../../core/world';
import { DATABASE, DATABASE_SIZES, SNAPSHOT_GB_MONTH_MICROS } from './constants';
import type { Database } from './state';

/** What a database bills per hour: its class (Multi-AZ ≈ 2×) and each replica at the same class. */
export function databaseHourlyMicros(db: Pick<Database, 'size' | 'multiAz'> & { replicas: readonly unknown[] }): number {
  const base = DATABASE_SIZES[db.size];
  return base * (db.multiAz ? DATABASE.multiAzPriceFactor : 1) + base * db.replicas.length;
}

/** Databases by the hour, and snapshot storage by the GB-month. */
export function billDatabases(world: World, ledger: Ledger): void {
  let dbMicrosPerHour = 0;
  let snapshotGb = 0;
  for (const db of world.databases) {
    dbMicrosPerHour += databaseHourlyMicros(db);
    for (const s of db.snapshots) snapshotGb += s.sizeGb;
  }
  chargeHourly(ledger, 'databases', dbMicrosPerHour, 1);
  chargeMonthly(ledger, 'snapshots', SNAPSHOT_GB_MONTH_MICROS * snapshotGb, 1);
}
