import { describe, expect, it } from 'vitest';
import { type DrPosture, type ScenarioSpec } from '../../../src/sim';
import { at, EAST, eventsOf, run, scenario, WEST } from './build';

const OUTAGE_AT = 5400; // 1 h 30 min in: half an hour after the last hourly backup copy
const DECLARED_AT = OUTAGE_AT + 120; // the operator reads the alarms and declares a disaster

function estate(posture: DrPosture, withOutage: boolean): ScenarioSpec {
  return scenario({
    regions: [EAST, WEST],
    durationSeconds: 6 * 3600,
    estate: {
      loadBalancers: [{ id: 'east-alb', region: 'us-east-1', zones: [...EAST.zones] }],
      instances: Array.from({ length: 4 }, (_, i) => ({ id: `web-${i + 1}`, zone: EAST.zones[i % 3]!, type: 'm5.large', loadBalancer: 'east-alb' })),
      databases: [{ id: 'orders', region: 'us-east-1', zone: 'use1-az1', multiAz: true }],
      dns: { policy: 'failover', endpoints: [{ id: 'east', region: 'us-east-1', target: 'east-alb', role: 'primary' }] },
      sessions: 'store',
      dr: { posture, primaryRegion: 'us-east-1', drRegion: 'us-west-2' },
    },
    // The web tier calls its database; the DR Region's stack calls it too, wherever its primary is.
    topology: { calls: [{ from: 'east-alb', to: 'orders' }] },
    traffic: { curves: [{ kind: 'steady', rps: 200 }] },
    faults: withOutage ? { scheduled: [{ atSeconds: OUTAGE_AT, kind: 'region.outage', target: 'us-east-1', durationSeconds: 4 * 3600 }] } : {},
    objectives: { slaPct: 90 },
  });
}

const failOver = [at(DECLARED_AT, { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' })];

/** Documented bands (docs/model.md, after the AWS DR whitepaper, DOMAIN §7.1), in seconds. */
const BANDS: Record<DrPosture, { rto: [number, number]; rpo: [number, number] }> = {
  backupRestore: { rto: [3600, 24 * 3600], rpo: [1, 24 * 3600] },
  pilotLight: { rto: [10 * 60, 60 * 60], rpo: [0, 60] },
  warmStandby: { rto: [60, 10 * 60], rpo: [0, 60] },
  activeActive: { rto: [0, 5 * 60], rpo: [0, 5] },
};

describe('DR postures: measured RTO and RPO fall inside their bands', () => {
  for (const posture of ['backupRestore', 'pilotLight', 'warmStandby', 'activeActive'] as const) {
    it(posture, () => {
      // Active/active is not failed over by a person: Route 53's health checks start it.
      const sim = run(estate(posture, true), posture === 'activeActive' ? [] : failOver);
      expect(eventsOf(sim, 'command.rejected')).toEqual([]);
      const rto = sim.score.longestOutageSeconds;
      const rpo = sim.score.dataLostSeconds;
      const band = BANDS[posture];
      expect(eventsOf(sim, 'dr.failedOver')).toHaveLength(1);
      expect(sim.world.dr!.activeRegionId).toBe('us-west-2');
      expect(rto).toBeGreaterThanOrEqual(band.rto[0]);
      expect(rto).toBeLessThanOrEqual(band.rto[1]);
      expect(rpo).toBeGreaterThanOrEqual(band.rpo[0]);
      expect(rpo).toBeLessThanOrEqual(band.rpo[1]);
    });
  }

  it('the faster the posture, the more it costs to keep standing', () => {
    const cost = (p: DrPosture) => run(estate(p, false)).score.costUsd;
    const costs = (['backupRestore', 'pilotLight', 'warmStandby', 'activeActive'] as const).map(cost);
    for (let i = 1; i < costs.length; i++) expect(costs[i]!).toBeGreaterThan(costs[i - 1]!);
  });

  it('without any DR posture the service stays down for the whole regional outage', () => {
    const s = estate('pilotLight', true);
    delete s.estate.dr;
    const sim = run(s, failOver);
    expect(eventsOf(sim, 'command.rejected')[0]!.detail).toBe('region.failOver: set a DR posture first (dr.setPosture)');
    expect(sim.score.longestOutageSeconds).toBeGreaterThanOrEqual(4 * 3600);
  });
});
