import { describe, expect, it } from 'vitest';
import { applyCommand, type World } from '../../../src/sim';
import type { BoardLayout } from '../../../src/view/board/layout/boardLayout';
import { boardStructure, structureKey } from '../../../src/view/board/layout/boardStructure';
import { chipStrip } from '../../../src/view/board/layout/chipStrip';
import { centre, type Rect } from '../../../src/view/board/layout/geometry';
import { hitTest } from '../../../src/view/board/layout/hitTest';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { ROOMY } from '../../../src/view/board/layout/layoutRegion';
import { selectionRect } from '../../../src/view/board/layout/selectionRect';
import { describeTarget } from '../../../src/view/board/model/describeTarget';
import { boardChips } from '../../../src/view/board/model/boardChips';
import { editedLevelWorld, LAPTOP, levelWorld, PHONE, PROJECTOR } from './worlds';

const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

type Level = Parameters<Parameters<typeof editedLevelWorld>[1]>[0];

/** The data-tier level with queues in us-east-1, the front tier sending to the first. */
function withQueues(ids: string[], seconds = 0, queue: Record<string, unknown> = {}): World {
  return editedLevelWorld(
    '07-data-tier.json',
    (level: Level) => {
      level.estate.queues = ids.map((id) => ({ id, region: 'us-east-1', ...queue }));
      (level.topology as { calls: unknown[] }).calls.push({ from: 'shop-alb', to: ids[0] });
      (level.allowedCommands as string[]).push('queue.create');
    },
    seconds,
  );
}

/** The sandbox (two Regions), with one queue in us-west-2 only. */
function sandboxWithWestQueue(): World {
  return editedLevelWorld('../sandbox.json', (level: Level) => {
    level.estate.queues = [{ id: 'west-q', region: 'us-west-2' }];
  });
}

function expectChipsInTheirStrips(l: BoardLayout): void {
  for (const c of l.chips) {
    const region = l.regions.find((r) => r.id === c.regionId)!;
    expect(region.services, `${c.regionId} has a service strip`).not.toBeNull();
    expect(inside(region.rect, region.services!)).toBe(true);
    expect(inside(region.services!, c.rect), `${c.id} sits in the strip of ${c.regionId}`).toBe(true);
    for (const z of l.zones.filter((x) => x.regionId === c.regionId)) expect(overlaps(z.column, c.rect), `${c.id} clear of ${z.id}`).toBe(false);
    for (const d of l.chips) if (d !== c) expect(overlaps(c.rect, d.rect), `${c.id} clear of ${d.id}`).toBe(false);
  }
}

describe('the service band: Region-level services as chips', () => {
  it('reserves no strip and lays out no chips when no Region has a chip', () => {
    const world = levelWorld('07-data-tier.json');
    const s = boardStructure(world);
    expect(s.chips).toEqual([]);
    const l = layoutBoard(s, LAPTOP);
    expect(l.chips).toEqual([]);
    expect(l.regions.map((r) => r.services)).toEqual([null]);
  });

  it('lays out a queue as a chip in a strip along the bottom of its Region, below the AZ columns, at every size', () => {
    const world = withQueues(['orders-q']);
    for (const view of [LAPTOP, PROJECTOR, PHONE, { width: 390, height: 844 }]) {
      const l = layoutBoard(boardStructure(world), view);
      expect(l.chips.map((c) => [c.kind, c.id, c.regionId])).toEqual([['queue', 'orders-q', 'us-east-1']]);
      expectChipsInTheirStrips(l);
      const strip = l.regions[0]!.services!;
      for (const z of l.zones) expect(z.column.y + z.column.h).toBeLessThanOrEqual(strip.y);
      // Nothing is pushed off the board, and the tiles still fit.
      expect(l.overflow).toBe(false);
      expect(inside({ x: 0, y: 0, w: view.width, h: view.height }, l.regions[0]!.rect)).toBe(true);
      expect(l.chips[0]!.compact).toBe(false);
    }
  });

  it('puts a strip only in the Regions that have chips', () => {
    const l = layoutBoard(boardStructure(sandboxWithWestQueue()), LAPTOP);
    const [east, west] = l.regions;
    expect(east!.services).toBeNull();
    expect(west!.services).not.toBeNull();
    expect(l.chips.map((c) => [c.id, c.regionId])).toEqual([['west-q', 'us-west-2']]);
    expectChipsInTheirStrips(l);
    // The Region without chips keeps its AZ columns down to its bottom.
    const eastZone = l.zones.find((z) => z.regionId === east!.id)!;
    const westZone = l.zones.find((z) => z.regionId === west!.id)!;
    expect(eastZone.column.y + eastZone.column.h).toBeGreaterThan(westZone.column.y + westZone.column.h);
  });

  it('wraps many chips into rows, and makes them one-line chips when the full ones would need too many rows', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `q-${i + 1}`);
    const world = withQueues(ids);
    const laptop = layoutBoard(boardStructure(world), LAPTOP);
    expect(laptop.chips.map((c) => c.id)).toEqual(ids);
    expect(new Set(laptop.chips.map((c) => c.rect.y)).size).toBeGreaterThan(1);
    expectChipsInTheirStrips(laptop);
    const phone = layoutBoard(boardStructure(world), PHONE);
    expect(phone.chips.every((c) => c.compact)).toBe(true);
    expectChipsInTheirStrips(phone);
    expect(chipStrip(0, 500, ROOMY.chip)).toBeNull();
    expect(chipStrip(3, 1000, ROOMY.chip)).toMatchObject({ cols: 3, rows: 1, chipW: ROOMY.chip.maxW, compact: false });
  });

  it('hit-tests a chip as its entity, and outlines it by its rect; the tooltip describes it', () => {
    const world = withQueues(['orders-q']);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const chip = l.chips[0]!;
    const sel = hitTest(l, centre(chip.rect).x, centre(chip.rect).y);
    expect(sel).toEqual({ kind: 'queue', id: 'orders-q' });
    expect(selectionRect(l, sel)).toEqual(chip.rect);
    expect(selectionRect(l, { kind: 'queue', id: 'gone' })).toBeNull();
    expect(describeTarget(world, sel!, new Set())).toMatch(/^Queue orders-q · available/);
    // Beside the chip is the strip, which belongs to the Region.
    const strip = l.regions[0]!.services!;
    expect(hitTest(l, strip.x + strip.w - 2, strip.y + 1)).toEqual({ kind: 'region', id: 'us-east-1' });
  });

  it('a chip says its state in words and its backlog as a figure, from the simulation', () => {
    const world = withQueues(['orders-q'], 120, { drainRps: 0 });
    const [chip] = boardChips(world);
    expect(chip).toMatchObject({ kind: 'queue', regionId: 'us-east-1', chip: { id: 'orders-q', glyph: 'Q', label: 'orders-q', state: '● available' } });
    const depth = world.queues[0]!.depth;
    expect(depth).toBeGreaterThan(0);
    expect(chip!.chip.figure).toBe(`${depth.toLocaleString('en-US')} msgs`);
  });

  it('the layout follows a queue created during play (the structure changes), not its depth', () => {
    const world = withQueues(['orders-q'], 0, { drainRps: 0 });
    const before = structureKey(world);
    world.queues[0]!.depth += 5;
    expect(structureKey(world)).toBe(before);
    const created = applyCommand(world, { type: 'queue.create', regionId: 'us-east-1' }, []);
    expect(created.ok).toBe(true);
    expect(structureKey(world)).not.toBe(before);
    expect(layoutBoard(boardStructure(world), LAPTOP).chips).toHaveLength(2);
  });
});
