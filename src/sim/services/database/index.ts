import { defineKind } from '../../core/serviceKind';
import { DATABASE_CAUSES, DATABASE_EVENTS, DATABASE_LEDGER } from './names';
import { billDatabases } from './billing';
import { databaseCommands } from './commands';
import { createDatabase } from './createDatabase';
import { databasePrimaryFailure } from './faults';
import { backUpDatabases, databaseLifecycle } from './lifecycle';
import { databaseMachine } from './machine';
import { databaseReactions } from './reactions';
import { databaseEstate, databaseLevelIds } from './spec';
import { databaseStage } from './stage';
import type { DatabaseSlice } from './state';

/** RDS databases: Multi-AZ failover, backups and restores, read replicas, and the data on the request path. */
export const databaseKind = defineKind<DatabaseSlice>({
  name: 'database',
  estate: databaseEstate,
  levelIds: databaseLevelIds,
  initial: () => ({ databases: [] }),
  build(world) {
    for (const d of world.scenario.estate.databases ?? []) world.databases.push(createDatabase(world, d));
  },
  systems: [databaseLifecycle, backUpDatabases],
  commands: databaseCommands,
  faults: [databasePrimaryFailure],
  reactions: databaseReactions,
  bill: billDatabases,
  stage: databaseStage,
  ledgerCategories: DATABASE_LEDGER,
  failureCauses: DATABASE_CAUSES,
  events: DATABASE_EVENTS,
  machines: { database: databaseMachine },
  invariants(world, out) {
    const zones = new Set(world.zones.map((z) => z.id));
    for (const db of world.databases) {
      if (!zones.has(db.primaryZoneId)) out.push(`${db.id}: primary zone ${db.primaryZoneId} does not exist`);
      if (db.standbyZoneId !== null && !zones.has(db.standbyZoneId)) out.push(`${db.id}: standby zone ${db.standbyZoneId} does not exist`);
      for (const r of db.replicas) if (!zones.has(r.zoneId)) out.push(`${db.id}: replica zone ${r.zoneId} does not exist`);
    }
  },
});
