import { describe, expect, it } from 'vitest';
import { boardStructure } from '../../../src/view/board/layout/boardStructure';
import { centre } from '../../../src/view/board/layout/geometry';
import { hitTest } from '../../../src/view/board/layout/hitTest';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { selectionRect } from '../../../src/view/board/layout/selectionRect';
import { benchWorld, LAPTOP, levelWorld } from './worlds';

describe('hitTest', () => {
  const world = benchWorld(90);
  const l = layoutBoard(boardStructure(world), LAPTOP);

  it('finds the instance under a tile, even in the gap around a compact tile', () => {
    for (const inst of world.instances.slice(0, 20)) {
      const p = l.tiles.get(inst.id)!;
      expect(hitTest(l, p.x + l.grid.size / 2, p.y + l.grid.size / 2)).toEqual({ kind: 'instance', id: inst.id });
      expect(hitTest(l, p.x + l.grid.size + l.grid.gap / 2 - 0.1, p.y)).toEqual({ kind: 'instance', id: inst.id });
    }
  });

  it('selects load balancers, databases, Auto Scaling groups, AZs, Regions and the service (DNS)', () => {
    const lb = l.loadBalancers[0]!;
    expect(hitTest(l, lb.rect.x + 5, lb.rect.y + 5)).toEqual({ kind: 'loadBalancer', id: lb.id });
    const db = l.databaseNodes[0]!;
    expect(hitTest(l, centre(db.rect).x, centre(db.rect).y)).toEqual({ kind: 'database', id: 'db' });
    const sg = l.scalingGroups[0]!;
    expect(hitTest(l, sg.label.x + 2, sg.label.y + 2)).toEqual({ kind: 'scalingGroup', id: sg.id });
    const zone = l.zones[1]!;
    expect(hitTest(l, zone.header.x + 4, zone.header.y + 4)).toEqual({ kind: 'zone', id: zone.id });
    const region = l.regions[1]!;
    expect(hitTest(l, region.header.x + 4, region.header.y + 4)).toEqual({ kind: 'region', id: region.id });
    expect(hitTest(l, centre(l.dns).x, centre(l.dns).y)).toEqual({ kind: 'service' });
  });

  it('returns null on empty board', () => {
    expect(hitTest(l, 2, l.height - 2)).toBeNull();
  });
});

describe('selectionRect', () => {
  it('outlines what is selected, and nothing for what left the board', () => {
    const world = levelWorld('07-data-tier.json');
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const tile = selectionRect(l, { kind: 'instance', id: 'web-1' })!;
    expect(tile.w).toBe(l.grid.size);
    expect(selectionRect(l, { kind: 'database', id: world.databases[0]!.id })).not.toBeNull();
    expect(selectionRect(l, { kind: 'zone', id: 'use1-az2' })).toEqual(l.zones[1]!.column);
    expect(selectionRect(l, { kind: 'service' })).toEqual(l.dns);
    expect(selectionRect(l, { kind: 'instance', id: 'gone' })).toBeNull();
    expect(selectionRect(l, null)).toBeNull();
  });
});
