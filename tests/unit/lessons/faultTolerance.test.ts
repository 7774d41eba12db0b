import { describe, expect, it } from 'vitest';
import { type ScenarioSpec } from '../../../src/sim';
import { badMinutes, badMinuteTicks, EAST, eventsOf, run, scenario } from './build';

const OUTAGE_AT = 3600;
const faults = { scheduled: [{ atSeconds: OUTAGE_AT, kind: 'zone.powerInterruption' as const, target: 'use1-az1', durationSeconds: 1800 }] };

/** An Auto Scaling group of m5.large over three AZs behind a load balancer with ELB health checks. */
function fleet(desired: number, healthCheck?: { intervalSeconds: number; unhealthyThreshold: number }): ScenarioSpec {
  return scenario({
    estate: {
      loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], ...(healthCheck ? { healthCheck } : {}) }],
      scalingGroups: [
        { id: 'web', region: 'us-east-1', zones: [...EAST.zones], type: 'm5.large', min: desired, max: desired * 2, desired, loadBalancer: 'web-alb', healthCheckType: 'elb' },
      ],
      dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
      sessions: 'store',
    },
    traffic: { curves: [{ kind: 'steady', rps: 180 }] },
    faults,
    objectives: { slaPct: 99 },
  });
}

describe('HA vs FT through a single-AZ outage', () => {
  it('FT: N+1 capacity across AZs (the second engine) shows zero bad minutes', () => {
    // 6 × 100 req/s for 180 req/s: losing a third leaves 400. Fast health checks (5 s × 2) keep
    // the few attempts sent to the dark AZ, and their retries, under the bad-minute threshold.
    const sim = run(fleet(6, { intervalSeconds: 5, unhealthyThreshold: 2 }));
    expect(badMinutes(sim)).toBe(0);
    expect(sim.score.uptimePct).toBe(100);
    // The group still replaces what it lost, in the AZs that are up.
    const launched = eventsOf(sim, 'instance.launched').filter((e) => e.tick >= OUTAGE_AT && e.tick < OUTAGE_AT + 1800);
    expect(launched.length).toBe(2);
    expect(launched.every((e) => !e.detail!.includes('use1-az1'))).toBe(true);
  });

  it('HA: capacity sized to demand dips for about detection + replacement boot (the spare tyre)', () => {
    // 3 × 100 req/s for 180 req/s: losing one AZ leaves 200, overloaded at 90 % until replacements serve.
    const sim = run(fleet(3));
    const bad = badMinuteTicks(sim);
    expect(bad.length).toBeGreaterThanOrEqual(1);
    expect(bad.length).toBeLessThanOrEqual(3);
    // The dip starts with the outage and ends once the replacement has booted and passed its check.
    // A powered-off instance fails its EC2 status check at once, so detection is the Auto Scaling
    // cadence (≤ 10 s); then boot 40 s + app start 20 s + first health check ≤ 30 s.
    expect(bad[0]! - OUTAGE_AT).toBeLessThan(60);
    const replacement = eventsOf(sim, 'instance.launched').find((e) => e.tick >= OUTAGE_AT)!;
    expect(replacement.tick - OUTAGE_AT).toBeLessThanOrEqual(10);
    const healthy = eventsOf(sim, 'target.markedHealthy').find((e) => e.tick > OUTAGE_AT)!;
    expect(healthy.subject).toBe(replacement.subject);
    expect(healthy.tick - replacement.tick).toBeGreaterThanOrEqual(40 + 20);
    expect(healthy.tick - replacement.tick).toBeLessThanOrEqual(40 + 20 + 30);
    expect(bad.at(-1)!).toBeLessThanOrEqual(healthy.tick + 60);
  });

  it('an Auto Scaling group catches powered-off instances by their EC2 status, before the load balancer does', () => {
    const sim = run(fleet(6));
    expect(badMinutes(sim)).toBe(0);
    const retired = eventsOf(sim, 'target.deregistered').filter((e) => e.tick >= OUTAGE_AT && e.tick < OUTAGE_AT + 60);
    expect(retired.map((e) => e.subject).sort()).toEqual(['i-0001', 'i-0004']);
    expect(eventsOf(sim, 'target.markedUnhealthy').filter((e) => e.tick >= OUTAGE_AT && e.tick < OUTAGE_AT + 60)).toEqual([]);
  });

  it('without Auto Scaling, N+1 needs fast health checks: at the defaults (30 s × 2) detection costs a bad minute', () => {
    const plain = (healthCheck?: { intervalSeconds: number; unhealthyThreshold: number }) =>
      scenario({
        estate: {
          loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], ...(healthCheck ? { healthCheck } : {}) }],
          instances: Array.from({ length: 6 }, (_, i) => ({ id: `web-${i + 1}`, zone: EAST.zones[i % 3]!, type: 'm5.large', loadBalancer: 'web-alb' })),
          dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
          sessions: 'store',
        },
        traffic: { curves: [{ kind: 'steady', rps: 180 }] },
        faults,
      });
    expect(badMinutes(run(plain()))).toBeGreaterThanOrEqual(1);
    expect(badMinutes(run(plain({ intervalSeconds: 5, unhealthyThreshold: 2 })))).toBe(0);
  });
});

describe('Auto Scaling cannot launch into a dead AZ', () => {
  it('a group confined to the dark AZ fails every launch until power returns', () => {
    const s = scenario({
      estate: {
        loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones] }],
        scalingGroups: [{ id: 'web', region: 'us-east-1', zones: ['use1-az1'], type: 'm5.large', min: 2, max: 4, desired: 2, loadBalancer: 'web-alb' }],
        dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
        sessions: 'store',
      },
      traffic: { curves: [{ kind: 'steady', rps: 100 }] },
      faults,
    });
    const sim = run(s);
    const failed = eventsOf(sim, 'scalingGroup.launchFailed');
    expect(failed.length).toBeGreaterThan(10);
    expect(failed.every((e) => e.detail === 'use1-az1: InsufficientInstanceCapacity')).toBe(true);
    const during = eventsOf(sim, 'instance.launched').filter((e) => e.tick >= OUTAGE_AT && e.tick < OUTAGE_AT + 1800);
    expect(during).toEqual([]);
    // After the power returns (and the AZ finishes recovering), launches succeed again.
    expect(eventsOf(sim, 'instance.launched').some((e) => e.tick > OUTAGE_AT + 1800)).toBe(true);
  });

  it('a group over three AZs launches its replacements into the AZs that are up', () => {
    const sim = run(fleet(3));
    const launches = eventsOf(sim, 'instance.launched').filter((e) => e.tick >= OUTAGE_AT && e.tick < OUTAGE_AT + 1800);
    expect(launches.length).toBeGreaterThanOrEqual(1);
    for (const e of launches) expect(e.detail).not.toContain('use1-az1');
    expect(eventsOf(sim, 'scalingGroup.launchFailed').some((e) => e.detail!.startsWith('use1-az1'))).toBe(true);
  });
});
