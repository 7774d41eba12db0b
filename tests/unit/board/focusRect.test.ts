import { describe, expect, it } from 'vitest';
import { boardStructure } from '../../../src/view/board/layout/boardStructure';
import { focusRect } from '../../../src/view/board/layout/focusRect';
import { centre } from '../../../src/view/board/layout/geometry';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { selectionRect } from '../../../src/view/board/layout/selectionRect';
import { selectionOf } from '../../../src/view/services/selection';
import { LAPTOP, levelWorld } from './worlds';

describe('focusRect (what the zoom buttons zoom towards)', () => {
  const l = layoutBoard(boardStructure(levelWorld('07-data-tier.json')), LAPTOP);

  it('is the selection when there is one', () => {
    const sel = selectionOf('instance', 'web-1');
    expect(focusRect(l, sel)).toEqual(selectionRect(l, sel));
  });

  it('is the estate otherwise: every tile and database inside, not the empty room below the tiles', () => {
    const r = focusRect(l, null);
    for (const p of l.tiles.values()) expect(p.x >= r.x && p.y >= r.y && p.x + l.grid.size <= r.x + r.w && p.y + l.grid.size <= r.y + r.h).toBe(true);
    for (const d of l.databaseNodes) expect(d.rect.y + d.rect.h).toBeLessThanOrEqual(r.y + r.h);
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.y + r.h).toBeLessThanOrEqual(l.height);
    expect(centre(r).x).toBeGreaterThan(0);
  });
});
