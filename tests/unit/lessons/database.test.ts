import { describe, expect, it } from 'vitest';
import { type DatabaseSpec } from '../../../src/sim';
import { at, EAST, eventsOf, run, scenario, webTier } from './build';

const FAIL_AT = 3600;
function withDb(db: Partial<DatabaseSpec>, faultKind: 'database.primaryFailure' | 'zone.powerInterruption' = 'database.primaryFailure') {
  return scenario({
    estate: webTier(3, 'm5.large', EAST.zones, { databases: [{ id: 'orders', region: 'us-east-1', zone: 'use1-az1', ...db }] }),
    topology: { calls: [{ from: 'web-alb', to: 'orders' }] },
    traffic: { curves: [{ kind: 'steady', rps: 100 }], writePct: 20 },
    faults: { scheduled: [{ atSeconds: FAIL_AT, kind: faultKind, target: faultKind === 'database.primaryFailure' ? 'orders' : 'use1-az1', durationSeconds: 1800 }] },
  });
}

/** Seconds during which writes failed: ticks where requests failed while the database was away. */
function failedWriteSeconds(sim: ReturnType<typeof run>): number {
  const start = eventsOf(sim, 'database.primaryLost')[0]!.tick;
  const back = [...eventsOf(sim, 'database.failedOver'), ...eventsOf(sim, 'database.restored')].find((e) => e.tick > start)!;
  return back.tick - start;
}

describe('the data tier', () => {
  it('a Multi-AZ failover costs 60–120 s of failed writes and no data', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sim = run(withDb({ multiAz: true }), [], seed);
      const seconds = failedWriteSeconds(sim);
      expect(seconds).toBeGreaterThanOrEqual(60);
      expect(seconds).toBeLessThanOrEqual(120);
      expect(sim.world.databases[0]!.primaryZoneId).toBe('use1-az2');
      expect(sim.score.dataLostSeconds).toBe(0);
    }
  });

  it('a single-AZ database is down until restored, and loses the writes since its last backup', () => {
    // Restore 10 minutes after the failure, from the latest restorable time (log uploads every 5 min).
    const sim = run(withDb({ multiAz: false }), [at(FAIL_AT + 600, { type: 'database.restore', databaseId: 'orders', zoneId: 'use1-az2' })]);
    expect(eventsOf(sim, 'database.down')).toHaveLength(1);
    const restored = eventsOf(sim, 'database.restored')[0]!;
    // Down from the failure until the restore finishes (600 s waiting + 1,200 s restoring).
    expect(restored.tick - FAIL_AT).toBe(600 + 1200);
    // The failure came exactly on a log upload (3600 is a multiple of 300)… minus nothing: the
    // upload at 3600 happened after the failure in that tick, so the last one was at 3300.
    expect(sim.score.dataLostSeconds).toBe(300);
    expect(eventsOf(sim, 'database.dataLost')[0]!.value).toBe(300);
  });

  it('without automated backups a restore falls back to the last snapshot, losing far more', () => {
    const sim = run(withDb({ multiAz: false, backups: false }), [
      at(600, { type: 'database.snapshot', databaseId: 'orders' }),
      at(FAIL_AT + 60, { type: 'database.restore', databaseId: 'orders' }),
    ]);
    expect(sim.score.dataLostSeconds).toBe(FAIL_AT - 600);
  });

  it('with no backup and no snapshot there is nothing to restore from', () => {
    const sim = run(withDb({ multiAz: false, backups: false }), [at(FAIL_AT + 60, { type: 'database.restore', databaseId: 'orders' })]);
    expect(eventsOf(sim, 'command.rejected')[0]!.detail).toBe(
      'database.restore: orders has no automated backups and no snapshot: nothing to restore from',
    );
    expect(sim.world.databases[0]!.state).toBe('down');
  });

  it('a single-AZ database in a dark AZ comes back with the AZ, nothing lost', () => {
    const sim = run(withDb({ multiAz: false }, 'zone.powerInterruption'));
    const back = eventsOf(sim, 'database.restored')[0]!;
    expect(back.detail).toBe('use1-az1 back; no data lost');
    expect(back.tick).toBe(FAIL_AT + 1800 + 120);
    expect(sim.score.dataLostSeconds).toBe(0);
  });

  it('Multi-AZ costs about twice as much per hour', () => {
    const single = run(withDb({ multiAz: false }), [], 1).score.ledgerUsd.databases!;
    const multi = run(withDb({ multiAz: true }), [], 1).score.ledgerUsd.databases!;
    expect(multi).toBeCloseTo(2 * single, 6);
  });

  it('a read replica keeps reads flowing while the primary is away', () => {
    const noReplica = run(withDb({ multiAz: true }));
    const replica = run(withDb({ multiAz: true, replicas: [{ id: 'orders-r1', zone: 'use1-az3' }] }));
    expect(replica.score.requestSuccessPct).toBeGreaterThan(noReplica.score.requestSuccessPct);
  });
});
