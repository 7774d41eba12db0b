import { describe, expect, it } from 'vitest';
import type { Command, ScenarioSpec } from '../../../src/sim';
import { at, EAST, eventsOf, run, scenario, webTier } from './build';

/** Three m5.large behind a sticky load balancer, sessions in memory: each shopper pinned to one server. */
const stickyTier = (over: Partial<ScenarioSpec> = {}): ScenarioSpec =>
  scenario({
    estate: { ...webTier(3, 'm5.large', EAST.zones), loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], sticky: true }], sessions: 'memory' },
    traffic: { curves: [{ kind: 'steady', rps: 120 }] },
    durationSeconds: 2400,
    ...over,
  });

/** What a lost server cost: its sessions, each one failed request under cause `session`, and a bad minute. */
function expectBasketsLost(sim: ReturnType<typeof run>, subject: string, detail: RegExp): void {
  const lost = eventsOf(sim, 'sessions.lost').filter((e) => e.subject === subject);
  expect(lost).toHaveLength(1);
  expect(lost[0]!.detail).toMatch(detail);
  // About 30 s of its session traffic: 40 req/s × 50 % × 30 s.
  expect(lost[0]!.value).toBeGreaterThan(400);
  const m = sim.world.metrics;
  expect(m.sessionsLost).toBe(lost[0]!.value);
  expect(m.failedByCause.session).toBe(lost[0]!.value);
  // 600 sessions lost at once, in a minute of 7,200 requests: well over the 1 % that makes a minute bad.
  expect(eventsOf(sim, 'sla.minuteBad').some((e) => e.tick >= lost[0]!.tick && e.tick <= lost[0]!.tick + 60)).toBe(true);
}

const command = (c: Command) => [at(1200, c)];

describe('a server that goes takes its sticky sessions with it', () => {
  it('stopped', () => {
    expectBasketsLost(run(stickyTier(), command({ type: 'instance.stop', instanceId: 'web-2' })), 'web-2', /^instance stopping$/);
  });

  it('rebooted', () => {
    expectBasketsLost(run(stickyTier(), command({ type: 'instance.reboot', instanceId: 'web-2' })), 'web-2', /^instance rebooting$/);
  });

  it('terminated by a fault', () => {
    expectBasketsLost(run(stickyTier(), command({ type: 'fault.inject', kind: 'instance.terminate', targetId: 'web-2' })), 'web-2', /^instance shuttingDown$/);
  });

  it('powered off with its AZ', () => {
    expectBasketsLost(run(stickyTier(), command({ type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2', durationSeconds: 600 })), 'web-2', /^instance stopped$/);
  });

  it('reclaimed as spot capacity', () => {
    const s = stickyTier();
    s.estate.instances![1] = { ...s.estate.instances![1]!, purchase: 'spot' };
    expectBasketsLost(run(s, command({ type: 'fault.inject', kind: 'instance.spotInterruption', targetId: 'web-2' })), 'web-2', /^instance shuttingDown$/);
  });

  it('detached from its load balancer: its shoppers go to other servers that never saw their baskets', () => {
    expectBasketsLost(run(stickyTier(), command({ type: 'loadBalancer.detach', loadBalancerId: 'web-alb', instanceId: 'web-2' })), 'web-2', /^left web-alb$/);
  });

  it('replaced by its Auto Scaling group after it stopped, and scaled in', () => {
    const group = (): ScenarioSpec =>
      stickyTier({
        estate: {
          loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones], sticky: true }],
          scalingGroups: [{ id: 'web', region: 'us-east-1', zones: [...EAST.zones], type: 'm5.large', min: 1, max: 6, desired: 3, loadBalancer: 'web-alb' }],
          dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
          sessions: 'memory',
        },
      });
    const first = (sim: ReturnType<typeof run>) => sim.world.instances.map((i) => i.id).sort()[0]!;
    const probe = run(group());
    const victim = first(probe);
    const replaced = run(group(), command({ type: 'fault.inject', kind: 'instance.stop', targetId: victim }));
    expect(eventsOf(replaced, 'scalingGroup.replacingUnhealthy').length).toBeGreaterThan(0);
    expectBasketsLost(replaced, victim, /^instance stopping$/);
    const scaledIn = run(group(), command({ type: 'scalingGroup.configure', scalingGroupId: 'web', desired: 2 }));
    const lost = eventsOf(scaledIn, 'sessions.lost');
    expect(lost).toHaveLength(1);
    expect(scaledIn.world.metrics.failedByCause.session).toBe(lost[0]!.value);
  });

  it('with the sessions in a shared store, none of these loses a basket', () => {
    const s = stickyTier();
    s.estate.sessions = 'store';
    const sim = run(s, [
      at(900, { type: 'loadBalancer.detach', loadBalancerId: 'web-alb', instanceId: 'web-1' }),
      at(1200, { type: 'fault.inject', kind: 'instance.terminate', targetId: 'web-2' }),
      at(1500, { type: 'instance.reboot', instanceId: 'web-3' }),
    ]);
    expect(eventsOf(sim, 'sessions.lost')).toEqual([]);
    expect(sim.world.metrics.failedByCause.session).toBe(0);
  });
});
