import { describe, expect, it } from 'vitest';
import { boardStructure } from '../../../src/view/board/layout/boardStructure';
import { dnsRoute } from '../../../src/view/board/layout/dnsRoute';
import { contains } from '../../../src/view/board/layout/geometry';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { buildFlowSampler } from '../../../src/view/board/model/flowSampler';
import { measureFlows } from '../../../src/view/board/model/measureFlows';
import { particlePath } from '../../../src/view/board/model/particlePath';
import { benchWorld, LAPTOP, levelWorld } from './worlds';

/** A tiny deterministic stand-in for Phaser's RNG. */
function lcg(seed = 7): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
}

describe('dnsRoute', () => {
  it('runs down from DNS, across above the Regions and down onto the endpoint', () => {
    const l = layoutBoard(boardStructure(benchWorld(30)), LAPTOP);
    const [a, b, c, d] = dnsRoute(l, 0, l.endpoints[0]!.anchor);
    expect(a.y).toBe(l.dns.y + l.dns.h);
    expect(b.x).toBe(a.x);
    expect(c.y).toBe(b.y);
    expect(b.y).toBeLessThan(Math.min(...l.regions.map((r) => r.rect.y)));
    expect(d).toEqual(l.endpoints[0]!.anchor);
  });
});

describe('particlePath', () => {
  it('goes from DNS through the load balancer above the AZ to the instance’s tile', () => {
    const world = benchWorld(90, 30);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const sampler = buildFlowSampler(world, measureFlows(world));
    const random = lcg();
    for (let k = 0; k < 50; k++) {
      const p = particlePath(l, sampler, random)!;
      expect(p.fate).toBe(0);
      expect(p.points).toHaveLength(6);
      expect(p.points[0]!.y).toBe(l.dns.y + l.dns.h);
      const lb = l.loadBalancers.find((x) => Math.abs(x.rect.y - p.points[3]!.y) < 0.01)!;
      expect(lb).toBeDefined();
      expect(p.points[4]!.y).toBe(lb.rect.y + lb.rect.h);
      const end = p.points[5]!;
      const hit = [...l.tiles.values()].some((t) => contains({ x: t.x, y: t.y, w: l.grid.size, h: l.grid.size }, end.x, end.y));
      expect(hit).toBe(true);
    }
  });

  it('sends failing particles to dead targets the load balancer has not caught yet', () => {
    const world = levelWorld('04-spare-tyre.json', 3602);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const p = particlePath(l, buildFlowSampler(world, measureFlows(world)), lcg())!;
    expect(p.fate).toBe(1);
  });

  it('ends requests nobody served at the load balancer', () => {
    const world = levelWorld('04-spare-tyre.json', 60);
    // Nothing reached any instance last tick: every request died at the load balancer.
    for (const b of world.flows.balancers) {
      b.zoneRps.fill(0);
      b.liveRho.fill(0);
      b.deadPerCap.fill(0);
    }
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const p = particlePath(l, buildFlowSampler(world, measureFlows(world)), lcg())!;
    expect(p.fate).toBe(2);
    const lb = l.loadBalancers[0]!;
    expect(p.points[p.points.length - 1]!.y).toBeGreaterThan(lb.rect.y + lb.rect.h);
  });

  it('draws nothing when nothing flows', () => {
    const world = levelWorld('04-spare-tyre.json', 0);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    expect(particlePath(l, { totalRps: 0, routes: [], cumulative: new Float64Array() }, lcg())).toBeNull();
  });
});
