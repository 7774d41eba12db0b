import { describe, expect, it } from 'vitest';
import { countdown } from '../../../src/view/board/model/blastMark';
import { blastRadius } from '../../../src/view/board/model/blastRadius';
import { describeTarget } from '../../../src/view/board/model/describeTarget';
import { instanceLoad, undetectedDead as findUndetectedDead } from '../../../src/sim/readModel';
import { buildFlowSampler, pickRoute } from '../../../src/view/board/model/flowSampler';
import { measureFlows } from '../../../src/view/board/model/measureFlows';
import { advance, benchWorld, levelWorld } from './worlds';

// 04-spare-tyre: three servers in use1-az1 behind shop-alb; use1-az1 loses power at 3600 s.
const CUT = 3600;

describe('findUndetectedDead', () => {
  it('marks targets that died but are still healthy in the load balancer, until its health check notices', () => {
    const world = levelWorld('04-spare-tyre.json', CUT + 2);
    expect(world.instances.every((i) => i.state === 'stopped')).toBe(true);
    expect([...findUndetectedDead(world)].sort()).toEqual(['web-1', 'web-2', 'web-3']);
    advance(world, 120);
    expect(world.loadBalancers[0]!.targets.every((t) => t.health === 'unhealthy')).toBe(true);
    expect(findUndetectedDead(world).size).toBe(0);
  });

  it('marks nothing while everything is up', () => {
    expect(findUndetectedDead(levelWorld('04-spare-tyre.json', 60)).size).toBe(0);
  });
});

describe('measureFlows and the particle sampler', () => {
  it('splits DNS by its current weights and load balancer traffic by AZ', () => {
    const world = benchWorld(90, 30);
    const f = measureFlows(world);
    expect(f.endpoints.map((e) => Math.round(e.weight))).toEqual([500, 500]);
    expect(f.endpoints.every((e) => !e.shifting && e.healthy)).toBe(true);
    const total = [...f.lbZoneRps.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(world.instances.reduce((a, i) => a + instanceLoad(world, i).loadRps, 0));
    expect(f.lbZoneRps.get('us-east-1-alb use1-az1')).toBeGreaterThan(0);
  });

  it('samples particles in proportion to each instance’s simulated requests', () => {
    const world = benchWorld(90, 30);
    const s = buildFlowSampler(world, measureFlows(world));
    expect(s.routes.length).toBeGreaterThan(80);
    expect(s.routes.every((r) => !r.dead && r.instanceId !== null)).toBe(true);
    const counts = new Map<string, number>();
    const draws = 20_000;
    for (let k = 0; k < draws; k++) {
      const r = pickRoute(s, (k + 0.5) / draws)!;
      counts.set(r.instanceId!, (counts.get(r.instanceId!) ?? 0) + 1);
    }
    for (const inst of world.instances.filter((i) => instanceLoad(world, i).loadRps > 0).slice(0, 10)) {
      expect((counts.get(inst.id) ?? 0) / draws).toBeCloseTo(instanceLoad(world, inst).loadRps / s.totalRps, 2);
    }
    expect(pickRoute({ totalRps: 0, routes: [], cumulative: new Float64Array() }, 0.5)).toBeNull();
  });

  it('keeps sending particles to dead targets the load balancer still thinks healthy, and marks them failing', () => {
    const world = levelWorld('04-spare-tyre.json', CUT + 2);
    const s = buildFlowSampler(world, measureFlows(world));
    expect(s.totalRps).toBeGreaterThan(0);
    expect(s.routes.filter((r) => r.instanceId !== null).every((r) => r.dead)).toBe(true);
  });

  it('shows the DNS weight shifting over the TTL after a failover', () => {
    const world = levelWorld('08-parachute.json', 19_800 + 200);
    const f = measureFlows(world);
    const shifting = f.endpoints.some((e) => e.shifting) || f.endpoints.some((e) => !e.healthy);
    expect(shifting).toBe(true);
  });
});

describe('blastRadius', () => {
  it('darkens a zone that lost power, names it and says when it comes back', () => {
    const marks = blastRadius(levelWorld('04-spare-tyre.json', CUT + 60));
    expect(marks).toEqual([{ scope: 'zone', targetId: 'use1-az1', icon: 'bolt', label: 'POWER CUT', detail: 'back in ~29 min', dim: 0.6, severity: 'down' }]);
  });

  it('marks launch capacity trouble without darkening, and a Region outage over the whole Region', () => {
    const engine = blastRadius(levelWorld('05-second-engine.json', 3010));
    expect(engine.filter((m) => m.label === 'NO CAPACITY').every((m) => m.dim === 0)).toBe(true);
    const region = blastRadius(levelWorld('08-parachute.json', 19_810));
    expect(region).toContainEqual(expect.objectContaining({ scope: 'region', targetId: 'us-east-1', label: 'REGION OUTAGE' }));
  });

  it('counts down in whole minutes', () => {
    expect(countdown(0)).toBe('ending');
    expect(countdown(30)).toBe('back in <1 min');
    expect(countdown(61)).toBe('back in ~2 min');
    expect(countdown(3 * 3600)).toBe('back in ~3 h');
  });
});

describe('describeTarget', () => {
  it('says what the pointer is over in the estate list’s words', () => {
    const world = levelWorld('04-spare-tyre.json', CUT + 2);
    const dead = findUndetectedDead(world);
    expect(describeTarget(world, { kind: 'instance', id: 'web-1' }, dead)).toBe('web-1 · m5.large · stopped · dead, not yet detected: still getting requests');
    expect(describeTarget(world, { kind: 'zone', id: 'use1-az1' }, dead)).toContain('down');
    expect(describeTarget(world, { kind: 'loadBalancer', id: 'shop-alb' }, dead)).toContain('3/3 healthy');
    expect(describeTarget(world, { kind: 'service' }, dead)).toContain('DNS');
  });
});
