import { describe, expect, it } from 'vitest';
import { findInstance } from '../../../src/sim';
import { instanceLoad } from '../../../src/sim/readModel';
import { busyWords } from '../../../src/view/services/instance/busyWords';
import { EAST, eventsOf, run, scenario, webTier } from './build';

const overloaded = (estate: ReturnType<typeof webTier>) => scenario({ estate, traffic: { curves: [{ kind: 'steady', rps: 300 }] }, durationSeconds: 900 });

describe('CPU utilisation never exceeds 100 %: demand beyond capacity is overload', () => {
  it('behind a load balancer: 3× the capacity is 100 % busy, the rest fails as overload', () => {
    const sim = run(overloaded(webTier(1, 'm5.large', ['use1-az1'])));
    const inst = findInstance(sim.world, 'web-1')!;
    const load = instanceLoad(sim.world, inst);
    expect(load.utilisation).toBe(1);
    expect(load.loadRps).toBeGreaterThan(250);
    expect(sim.world.metrics.failedByCause.overload).toBeGreaterThan(0);
    expect(busyWords(sim.world, inst)).toMatch(/^100 % busy, overloaded: \d+ req\/s more than it can serve fail$/);
  });

  it('reached directly through DNS: the same', () => {
    const sim = run(overloaded({ instances: [{ id: 'web-1', zone: 'use1-az1', type: 'm5.large' }], dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-1' }] } }));
    const load = instanceLoad(sim.world, findInstance(sim.world, 'web-1')!);
    expect(load.utilisation).toBe(1);
    expect(load.loadRps).toBeGreaterThan(250);
  });

  it('target tracking on CPU reads at most 100 %, as CloudWatch does', () => {
    const s = scenario({
      estate: {
        loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones] }],
        scalingGroups: [{ id: 'web', region: 'us-east-1', zones: [...EAST.zones], type: 'm5.large', min: 1, max: 20, desired: 1, loadBalancer: 'web-alb', policy: { metric: 'cpu', target: 50 } }],
        dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
        sessions: 'store',
      },
      traffic: { curves: [{ kind: 'steady', rps: 400 }] },
      durationSeconds: 1200,
    });
    const first = eventsOf(run(s), 'scalingGroup.scaledOut')[0]!;
    // 400 req/s on one 100 req/s instance: CPU 100 % (not 400 %), so desired doubles to 2, not 8.
    expect(first.detail).toBe('metric 100 > 50');
    expect(first.value).toBe(2);
  });

  it('a partly loaded instance shows its share', () => {
    const sim = run(scenario({ estate: webTier(1, 'm5.large', ['use1-az1']), traffic: { curves: [{ kind: 'steady', rps: 50 }] }, durationSeconds: 600 }));
    const inst = findInstance(sim.world, 'web-1')!;
    expect(instanceLoad(sim.world, inst).utilisation).toBeCloseTo(0.5, 1);
    expect(busyWords(sim.world, inst)).toMatch(/^\d+ % busy$/);
  });
});
