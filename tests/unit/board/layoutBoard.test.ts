import { describe, expect, it } from 'vitest';
import type { BoardLayout } from '../../../src/view/board/layout/boardLayout';
import { boardStructure, structureKey } from '../../../src/view/board/layout/boardStructure';
import { contains, type Rect } from '../../../src/view/board/layout/geometry';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { coveredRuns } from '../../../src/view/board/layout/layoutRegion';
import { COMPACT_TILE, MAX_TILE, tileGrid } from '../../../src/view/board/layout/tileGrid';
import { launchInstance } from '../../../src/sim/services/instance/launchInstance';
import { benchWorld, LAPTOP, levelWorld, PHONE, PROJECTOR } from './worlds';

const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const tileRect = (l: BoardLayout, id: string): Rect => {
  const p = l.tiles.get(id)!;
  return { x: p.x, y: p.y, w: l.grid.size, h: l.grid.size };
};

function expectTilesInTheirSubnets(l: BoardLayout, world: ReturnType<typeof benchWorld>): void {
  for (const inst of world.instances) {
    const zone = l.zones.find((z) => z.id === inst.zoneId)!;
    expect(inside(zone.subnet, tileRect(l, inst.id)), `${inst.id} sits in the subnet band of ${inst.zoneId}`).toBe(true);
  }
}

describe('tileGrid', () => {
  it('shrinks from roomy tiles with ids, through labelled tiles, to compact ones', () => {
    expect(tileGrid(60)).toMatchObject({ size: 60, mode: 'roomy', labelH: 14 });
    expect(tileGrid(24)).toMatchObject({ mode: 'normal', labelH: 0, gap: 4 });
    expect(tileGrid(10)).toMatchObject({ mode: 'compact', gap: 2 });
    expect(tileGrid(1000).size).toBe(MAX_TILE);
    expect(tileGrid(1).size).toBe(4);
  });
});

describe('layoutBoard', () => {
  it('puts DNS on top, Regions side by side below it and AZ columns inside each Region', () => {
    const world = levelWorld('08-parachute.json');
    const l = layoutBoard(boardStructure(world), LAPTOP);
    expect(l.arrangement).toBe('row');
    const [east, west] = l.regions;
    expect(east!.rect.x + east!.rect.w).toBeLessThanOrEqual(west!.rect.x);
    for (const r of l.regions) expect(r.rect.y).toBeGreaterThan(l.dns.y + l.dns.h);
    for (const z of l.zones) {
      expect(inside(l.regions.find((r) => r.id === z.regionId)!.rect, z.column)).toBe(true);
      expect(inside(z.column, z.subnet)).toBe(true);
    }
    for (const a of l.zones) for (const b of l.zones) if (a !== b) expect(overlaps(a.column, b.column)).toBe(false);
    expect(l.zones.map((z) => z.id)).toEqual(world.zones.map((z) => z.id));
  });

  it('places every instance as a tile in its own AZ, with no two tiles overlapping', () => {
    const world = levelWorld('06-spot-and-churn.json');
    const l = layoutBoard(boardStructure(world), LAPTOP);
    expectTilesInTheirSubnets(l, world as never);
    const ids = [...l.tiles.keys()];
    for (const a of ids) for (const b of ids) if (a !== b) expect(overlaps(tileRect(l, a), tileRect(l, b))).toBe(false);
  });

  it('fits 1,000 instances on a laptop-sized board in compact, still legible tiles', () => {
    const world = benchWorld(1000);
    expect(world.instances.length).toBe(1000);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    expect(l.overflow).toBe(false);
    expect(l.tiles.size).toBe(1000);
    expect(l.grid.size).toBeGreaterThanOrEqual(9);
    expect(l.grid.size).toBeLessThan(COMPACT_TILE);
    expect(l.grid.mode).toBe('compact');
    expectTilesInTheirSubnets(l, world);
    for (const p of l.tiles.values()) expect(p.y + l.grid.size).toBeLessThanOrEqual(LAPTOP.height);
  });

  it('gives a few instances big tiles with their ids, and a projector bigger ones than a laptop', () => {
    const world = levelWorld('04-spare-tyre.json');
    const laptop = layoutBoard(boardStructure(world), LAPTOP);
    expect(laptop.grid.mode).toBe('roomy');
    const many = layoutBoard(boardStructure(benchWorld(300)), LAPTOP);
    const big = layoutBoard(boardStructure(benchWorld(300)), PROJECTOR);
    expect(big.grid.size).toBeGreaterThan(many.grid.size);
  });

  it('keeps everything inside the board on a phone, with tighter chrome', () => {
    for (const world of [levelWorld('10-chaos-day.json'), levelWorld('05-second-engine.json'), benchWorld(60)]) {
      const l = layoutBoard(boardStructure(world), PHONE);
      expect(l.dense).toBe(true);
      expect(l.overflow).toBe(false);
      for (const r of l.regions) expect(inside({ x: 0, y: 0, w: PHONE.width, h: PHONE.height }, r.rect)).toBe(true);
      expectTilesInTheirSubnets(l, world as never);
    }
  });

  it('stacks the Regions on a tall narrow view, where side by side the AZs would be too narrow to name', () => {
    const world = levelWorld('08-parachute.json');
    const l = layoutBoard(boardStructure(world), { width: 350, height: 700 });
    expect(l.arrangement).toBe('column');
    const [east, west] = l.regions;
    expect(east!.rect.y + east!.rect.h).toBeLessThanOrEqual(west!.rect.y);
  });

  it('flags overflow (and grows the board) when even the smallest tiles cannot fit', () => {
    const l = layoutBoard(boardStructure(benchWorld(1000)), { width: 300, height: 200 });
    expect(l.overflow).toBe(true);
    expect(l.height).toBeGreaterThan(200);
    expect(l.tiles.size).toBe(1000);
  });

  it('draws each load balancer above the AZ columns it serves, with an exit over each of them', () => {
    const world = benchWorld(30);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    for (const lb of l.loadBalancers) {
      const zones = l.zones.filter((z) => z.regionId === lb.regionId);
      for (const z of zones) {
        expect(lb.rect.y + lb.rect.h).toBeLessThanOrEqual(z.column.y);
        const exit = lb.exits[z.id]!;
        expect(exit.x).toBeGreaterThan(z.column.x);
        expect(exit.x).toBeLessThan(z.column.x + z.column.w);
      }
      expect(lb.rect.x).toBeLessThanOrEqual(zones[0]!.subnet.x);
      expect(lb.rect.x + lb.rect.w).toBeGreaterThanOrEqual(zones[2]!.subnet.x + zones[2]!.subnet.w);
    }
  });

  it('outlines each Auto Scaling group around all of its members', () => {
    const world = benchWorld(90);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    for (const g of world.scalingGroups) {
      const outline = l.scalingGroups.find((x) => x.id === g.id)!;
      expect(outline.rects).toHaveLength(1);
      for (const inst of world.instances.filter((i) => i.scalingGroupId === g.id)) expect(inside(outline.rects[0]!, tileRect(l, inst.id))).toBe(true);
    }
  });

  it('keeps instances outside any group above the group outline, clear of it', () => {
    const world = benchWorld(30);
    launchInstance(world, { zoneId: 'use1-az2', type: 'm5.large', purchase: 'spot', tenancy: 'shared', diskGb: 8, initialState: 'running' }, []);
    const loose = world.instances[world.instances.length - 1]!;
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const outline = l.scalingGroups.find((x) => x.id === 'us-east-1-web')!;
    expect(overlaps(outline.rects[0]!, tileRect(l, loose.id))).toBe(false);
    expect(tileRect(l, loose.id).y).toBeLessThan(outline.rects[0]!.y);
  });

  it('puts the database primary, standby and replicas (P, S, R) in their AZs', () => {
    const world = benchWorld(30);
    world.databases[0]!.replicas.push({ id: 'db-r-1', regionId: 'us-west-2', zoneId: 'usw2-az3', state: 'available', readyTick: 0 });
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const roles = l.databaseNodes.map((n) => [n.role, n.zoneId]);
    expect(roles).toEqual([
      ['P', 'use1-az1'],
      ['S', world.databases[0]!.standbyZoneId],
      ['R', 'usw2-az3'],
    ]);
    for (const n of l.databaseNodes) expect(inside(l.zones.find((z) => z.id === n.zoneId)!.data!, n.rect)).toBe(true);
  });

  it('anchors each DNS endpoint at the top of its load balancer', () => {
    const world = benchWorld(30);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    for (const e of world.dns.endpoints) {
      const anchor = l.endpoints.find((x) => x.id === e.id)!.anchor;
      const lb = l.loadBalancers.find((x) => x.id === e.targetId)!;
      expect(anchor.y).toBe(lb.rect.y);
      expect(contains({ ...lb.rect, h: 1 }, anchor.x, anchor.y)).toBe(true);
    }
  });

  it('is a pure function of the structure and the view', () => {
    const s = boardStructure(levelWorld('10-chaos-day.json'));
    expect(layoutBoard(s, LAPTOP)).toEqual(layoutBoard(structuredClone(s), LAPTOP));
  });
});

describe('structureKey', () => {
  it('changes when the estate changes shape, not when states change', () => {
    const world = levelWorld('04-spare-tyre.json');
    const before = structureKey(world);
    world.instances[0]!.state = 'stopped';
    expect(structureKey(world)).toBe(before);
    launchInstance(world, { zoneId: 'use1-az2', type: 'm5.large', purchase: 'onDemand', tenancy: 'shared', diskGb: 8 }, []);
    expect(structureKey(world)).not.toBe(before);
  });
});

describe('coveredRuns', () => {
  it('groups neighbouring covered AZs into one outline each', () => {
    expect(coveredRuns([true, true, true])).toEqual([[0, 2]]);
    expect(coveredRuns([true, false, true])).toEqual([
      [0, 0],
      [2, 2],
    ]);
    expect(coveredRuns([false, true, true])).toEqual([[1, 2]]);
    expect(coveredRuns([false, false])).toEqual([]);
  });
});
