import type { LevelIds } from '../../core/serviceKind';
import { LEVEL_LIMITS as L } from '../../../shared/levelLimits';
import { array, boolean, integer, object, oneOf, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField } from '../../../shared/schema/fields';
import { DATABASE, DATABASE_SIZE_NAMES } from './constants';

export const databaseSpec = object(
  {
    id: required(idField('A unique id for this database, e.g. "orders-db".')),
    region: required(idField('The Region it lives in.')),
    zone: required(idField('The Availability Zone of the primary.')),
    size: optional(oneOf(DATABASE_SIZE_NAMES, { description: 'The RDS instance class.', noun: 'database size' }), { default: 'db.m5.large' }),
    multiAz: optional(boolean({ description: 'Keep a synchronous standby in another zone (fails over in 60–120 s; costs about twice as much).' }), { default: false }),
    standbyZone: optional(idField('The standby\'s zone when multiAz is on (default: the first other zone of the Region).')),
    backups: optional(boolean({ description: 'Automated backups (point-in-time restore to about 5 minutes ago).' }), { default: true }),
    storageGb: optional(integer({ description: 'Allocated storage, GB.', min: 20, max: 65_536 }), { default: 20 }),
    replicas: optional(
      array(
        object(
          { id: required(idField('A unique id for the read replica.')), zone: required(idField('The zone it runs in (a zone of the database\'s Region).')) },
          { description: 'An asynchronous read replica.' },
        ),
        { description: `Read replicas (RDS allows up to ${DATABASE.maxReplicas}).`, maxItems: DATABASE.maxReplicas },
      ),
    ),
  },
  { description: 'An RDS database.' },
);
export type DatabaseSpec = Infer<typeof databaseSpec>;

export const databaseEstate = {
  databases: optional(array(databaseSpec, { description: 'RDS databases.', maxItems: L.databases })),
} as const;

/** Level ids: each database, then its read replicas; and the prefixes of databases, replicas and snapshots made during a run. */
export const databaseLevelIds: LevelIds = {
  noun: ['database', 'databases'],
  plurals: ['databases', 'replicas'],
  list: (estate) =>
    (estate.databases ?? []).flatMap((x, i) => [
      { id: x.id, at: ['estate', 'databases', i], what: 'a database' },
      ...(x.replicas ?? []).map((r, j) => ({ id: r.id, at: ['estate', 'databases', i, 'replicas', j], what: 'a read replica', part: true as const })),
    ]),
  generatedPrefixes: ['db', 'replica', 'snap'],
};
