import { fail, ok } from '../../../shared/result';
import { defineFault } from '../../faults/defineFault';
import { findDatabase, hasReadyStandby, losePrimary } from './transitionDatabase';

/** The primary instance fails (aws:rds:failover-db-cluster / reboot with failover, in FIS terms). */
export const databasePrimaryFailure = defineFault({
  kind: 'database.primaryFailure',
  summary: 'A database\'s primary fails: Multi-AZ fails over in 60–120 s; Single-AZ is down until restored.',
  targets: 'database',
  defaultDurationSeconds: 0,
  check(world, req) {
    const db = findDatabase(world, req.targetId ?? '');
    return db ? ok(db) : fail(`database.primaryFailure needs a database id; "${req.targetId ?? ''}" is not one`);
  },
  start(world, db, _req, _affected, events) {
    // Refused when the primary is already lost: a second failure changes nothing.
    void losePrimary(world, db, events, hasReadyStandby(world, db));
  },
  pool: (world) => world.databases,
  eligible: (d) => d.state === 'available',
});
