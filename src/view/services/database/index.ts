import { DATABASE, type DatabaseState } from '../../../sim';
import { contains, union } from '../../board/layout/geometry';
import type { EntityView } from '../entityView';
import { selectFirst, type FaultView } from '../faultView';
import type { ServiceView } from '../serviceView';
import { databaseActions } from './databaseActions';

/** Database states as a shape and a word, never colour alone. */
const DATABASE_STATE_WORDS: Readonly<Record<DatabaseState, string>> = {
  available: '● available',
  failingOver: '⇄ failing over',
  down: '✖ down',
  restoring: '◔ restoring',
  promoting: '⇧ promoting',
};
const stateWord = (state: DatabaseState): string => DATABASE_STATE_WORDS[state] ?? state;
/** "failing over": the word without its shape, for sentences. */
const stateName = (state: DatabaseState): string => stateWord(state).replace(/^\S+ /, '');

const database: EntityView = {
  kind: 'database',
  heading: (id) => `Database ${id}`,
  describe(world, id) {
    const d = world.databases.find((x) => x.id === id);
    if (!d) return id;
    const standby = d.standbyZoneId ? ` · standby in ${d.standbyZoneId}` : ' · single-AZ';
    const building = d.replicas.filter((r) => r.state === 'creating').length;
    const replicas = d.replicas.length === 0 ? '' : ` · ${d.replicas.length} replica(s)${building > 0 ? `, ${building} being built` : ''}`;
    return `Database ${d.id} · ${stateName(d.state)} · primary in ${d.primaryZoneId}${standby}${replicas}`;
  },
  where(world, id) {
    const d = world.databases.find((x) => x.id === id);
    return d ? { regionId: d.regionId } : {};
  },
  estate: {
    under: 'region',
    items: (world, regionId) =>
      world.databases.filter((d) => d.regionId === regionId).map((d) => ({ id: d.id, label: `Database ${d.id}`, detail: `${stateWord(d.state)}, ${d.multiAz ? 'Multi-AZ' : 'single-AZ'} in ${d.primaryZoneId}` })),
  },
  board: {
    band: 'data',
    hit: (l, x, y) => l.databaseNodes.find((n) => contains(n.rect, x, y))?.databaseId ?? null,
    // The primary stands for the database (the standby and replicas are hit as it, but not outlined).
    outline(l, id) {
      const nodes = l.databaseNodes.filter((n) => n.databaseId === id && n.role === 'P');
      return nodes.length > 0 ? union(nodes.map((n) => n.rect)) : null;
    },
  },
};

/** The selected database, or the only one in the selected Region (or in the level). */
const primaryFailure: FaultView = {
  kind: 'database.primaryFailure',
  key: 'D',
  label: 'Database primary failure',
  long: 'Database primary failure',
  short: 'DB primary',
  legend: 'database',
  needs: 'a database',
  phrase: (t) => `the loss of database ${t}'s primary`,
  target(world, sel, place) {
    const selected = sel?.kind === 'database' ? world.databases.find((d) => d.id === sel.id) : undefined;
    if (selected) return { ok: true, id: selected.id };
    const candidates = place.regionId ? world.databases.filter((d) => d.regionId === place.regionId) : world.databases;
    if (candidates.length === 1) return { ok: true, id: candidates[0]!.id };
    return world.databases.length === 0 ? { ok: false, reason: 'this level has no database' } : selectFirst('a database');
  },
};

/** RDS databases: the data band at the bottom of their AZs. */
export const databaseView: ServiceView = {
  simKind: 'database',
  entities: [database],
  actions: [databaseActions],
  events: {
    'database.primaryLost': { log: (s, d) => `Database ${s}: primary lost in ${d}`, incident: { starts: 'Database primary lost' } },
    'database.failoverStarted': {
      log: (s, d) => `Database ${s} failing over ${d} (${DATABASE.failoverMinTicks}–${DATABASE.failoverMaxTicks} s)`,
      narrate: { say: (s) => `Database ${s} is failing over: requests that need it fail for one to two minutes (only writes, if a read replica is ready).`, holds: (s, w) => w.databases.find((d) => d.id === s)?.state === 'failingOver' },
      incident: { detects: (e) => `Database ${e.subject} failing over${e.detail ? ` ${e.detail}` : ''}` },
    },
    'database.failedOver': { log: (s, d) => `Database ${s} failed over: ${d}`, cue: 'recovery', incident: { mitigates: (e) => `Database ${e.subject} failed over${e.detail ? ` (${e.detail})` : ''}` } },
    'database.down': {
      log: (s) => `Database ${s} down: restore it, or wait for its AZ`,
      bad: true,
      cue: 'outage',
      narrate: { say: (s) => `Database ${s} is down: requests that need it fail (only writes, if a read replica is ready) until it is restored, a replica is promoted or its lost AZ returns.`, holds: (s, w) => w.databases.find((d) => d.id === s)?.state === 'down' },
    },
    'database.restoreStarted': { log: (s, d) => `Database ${s} restoring ${d}` },
    'database.restored': { log: (s, d) => `Database ${s} available${d ? ` (${d})` : ''}`, incident: { mitigates: (e) => `Database ${e.subject} restored${e.detail ? ` (${e.detail})` : ''}` } },
    'database.created': { log: (s, d) => `Database ${s} created in ${d}` },
    'database.promotionStarted': { log: (s, d) => `Database ${s}: promoting ${d}` },
    'database.promoted': { log: (s, d) => `Database ${s} promoted: ${d}`, incident: { mitigates: (e) => `Database ${e.subject} promoted${e.detail ? ` (${e.detail})` : ''}` } },
    'database.replicaAdded': { log: (s, d) => `Database ${s}: read replica ${d} being built` },
    'database.replicaReady': { log: (s, d) => `Database ${s}: read replica ${d} built and replicating` },
    'database.snapshotTaken': { log: (s, d) => `Database ${s}: snapshot ${d}` },
    'database.multiAzEnabled': { log: (s, d) => `Database ${s} Multi-AZ: ${d}` },
    'database.dataLost': { log: (s, _d, v) => `Database ${s}: ${v ?? 0} s of writes lost`, incident: { dataLost: true } },
  },
  faults: [primaryFailure],
  causes: { database: { name: 'Database', why: 'the database was unavailable' } },
  ledger: { databases: 'Databases', snapshots: 'Snapshots and backups' },
  alarms: (world) => world.databases.filter((d) => d.state !== 'available').map((d) => `Database ${d.id} ${stateName(d.state)}`),
  compactLines: (world) => world.databases.map((d) => `${d.id}: ${stateWord(d.state)}${d.multiAz ? ', Multi-AZ' : ''}`),
};
