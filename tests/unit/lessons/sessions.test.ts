import { describe, expect, it } from 'vitest';
import { at, EAST, eventsOf, run, scenario, webTier } from './build';

const sticky = (mode: 'memory' | 'store') =>
  scenario({
    estate: { ...webTier(3, 'm5.large', EAST.zones), loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], sticky: true }], sessions: mode },
    traffic: { curves: [{ kind: 'steady', rps: 120 }] },
    durationSeconds: 3600,
  });

describe('horizontal scaling needs sessions off the instance', () => {
  it('in-memory sessions are lost when an instance is terminated', () => {
    const sim = run(sticky('memory'), [at(1200, { type: 'instance.terminate', instanceId: 'web-2' })]);
    const lost = eventsOf(sim, 'sessions.lost');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.subject).toBe('web-2');
    expect(lost[0]!.value).toBeGreaterThan(100);
    expect(sim.world.metrics.sessionsLost).toBe(lost[0]!.value);
  });

  it('in-memory sessions are lost on scale-in', () => {
    const s = scenario({
      estate: {
        loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], sticky: true }],
        scalingGroups: [{ id: 'web', region: 'us-east-1', zones: [...EAST.zones], type: 'm5.large', min: 1, max: 6, desired: 4, loadBalancer: 'web-alb' }],
        dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
        sessions: 'memory',
      },
      traffic: { curves: [{ kind: 'steady', rps: 120 }] },
      durationSeconds: 3600,
    });
    const sim = run(s, [at(1800, { type: 'scalingGroup.configure', scalingGroupId: 'web', desired: 2 })]);
    const lost = eventsOf(sim, 'sessions.lost');
    expect(lost).toHaveLength(2);
    expect(sim.world.metrics.sessionsLost).toBeGreaterThan(100);
  });

  it('with an off-host session store nothing is lost', () => {
    const sim = run(sticky('store'), [at(1200, { type: 'instance.terminate', instanceId: 'web-2' })]);
    expect(eventsOf(sim, 'sessions.lost')).toEqual([]);
    expect(sim.world.metrics.sessionsLost).toBe(0);
    // The store is a real line on the bill.
    expect(sim.score.ledgerUsd.sessionStore).toBeGreaterThan(0);
  });

  it('without sticky sessions, in-memory sessions break as soon as there are two instances', () => {
    const s = scenario({ estate: { ...webTier(3, 'm5.large', EAST.zones), sessions: 'memory' }, traffic: { curves: [{ kind: 'steady', rps: 120 }] }, durationSeconds: 1800 });
    const sim = run(s);
    // Half the requests need the session; two times in three they land on the wrong instance.
    expect(sim.score.requestSuccessPct).toBeCloseTo(100 - 50 * (2 / 3), 0);
  });
});
