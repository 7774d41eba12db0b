import { describe, expect, it } from 'vitest';
import { at, badMinutes, eventsOf, run, scenario, webTier } from './build';

describe('vertical scaling: a resize needs stop → change → start', () => {
  it('is refused while the instance runs', () => {
    const sim = run(scenario({ estate: webTier(1, 'm5.large', ['use1-az1']) }), [at(60, { type: 'instance.resize', instanceId: 'web-1', instanceType: 'm5.xlarge' })]);
    const rejected = eventsOf(sim, 'command.rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.detail).toBe('instance.resize: resize needs the instance stopped first (web-1 is running)');
  });

  it('takes a lone instance down: every request fails while it stops, resizes and boots', () => {
    const s = scenario({ estate: webTier(1, 'm5.large', ['use1-az1']), traffic: { curves: [{ kind: 'steady', rps: 60 }] } });
    const sim = run(s, [
      at(600, { type: 'instance.stop', instanceId: 'web-1' }),
      at(640, { type: 'instance.resize', instanceId: 'web-1', instanceType: 'm5.xlarge' }),
      at(640, { type: 'instance.start', instanceId: 'web-1' }),
    ]);
    expect(eventsOf(sim, 'instance.resized')).toHaveLength(1);
    expect(sim.world.instances[0]!.type).toBe('m5.xlarge');
    // Stop (30 s) + boot (40 s) + app start (20 s) + re-admission by the health check: minutes, not seconds.
    expect(badMinutes(sim)).toBeGreaterThanOrEqual(2);
    expect(sim.score.requestSuccessPct).toBeLessThan(99.5);
  });

  it('costs nothing when spare capacity behind the load balancer carries the traffic', () => {
    const s = scenario({ estate: webTier(2, 'm5.large', ['use1-az1', 'use1-az2']), traffic: { curves: [{ kind: 'steady', rps: 60 }] } });
    const resize = (id: string, t: number) => [
      at(t, { type: 'loadBalancer.detach', loadBalancerId: 'web-alb', instanceId: id }),
      at(t + 1, { type: 'instance.stop', instanceId: id }),
      at(t + 40, { type: 'instance.resize', instanceId: id, instanceType: 'm5.xlarge' }),
      at(t + 40, { type: 'instance.start', instanceId: id }),
      at(t + 120, { type: 'loadBalancer.attach', loadBalancerId: 'web-alb', instanceId: id }),
    ];
    const sim = run(s, [...resize('web-1', 600), ...resize('web-2', 1200)]);
    expect(eventsOf(sim, 'command.rejected')).toEqual([]);
    expect(sim.world.instances.map((i) => i.type)).toEqual(['m5.xlarge', 'm5.xlarge']);
    expect(badMinutes(sim)).toBe(0);
    expect(sim.score.requestSuccessPct).toBe(100);
  });

  it('still dips if the instance is stopped without first leaving the load balancer', () => {
    const s = scenario({ estate: webTier(2, 'm5.large', ['use1-az1', 'use1-az2']), traffic: { curves: [{ kind: 'steady', rps: 60 }] } });
    const sim = run(s, [at(600, { type: 'instance.stop', instanceId: 'web-1' })]);
    // Until two health checks fail, half the attempts go to a stopping instance.
    expect(badMinutes(sim)).toBeGreaterThanOrEqual(1);
    expect(sim.score.requestSuccessPct).toBeLessThan(100);
  });

  it('stops at the largest size AWS sells in the family', () => {
    const s = scenario({ estate: webTier(1, 'm5.24xlarge', ['use1-az1']) });
    const sim = run(s, [at(60, { type: 'instance.stop', instanceId: 'web-1' }), at(100, { type: 'instance.resize', instanceId: 'web-1', instanceType: 'm5.32xlarge' })]);
    // AWS's m5 family ends at m5.24xlarge (96 vCPUs); there is no m5.32xlarge to resize to.
    expect(eventsOf(sim, 'command.rejected')[0]!.detail).toMatch(/^instance\.resize: instance\.resize\.instanceType: "m5\.32xlarge" is not an instance type \(allowed: .*m5\.24xlarge.*\)/);
  });
});
