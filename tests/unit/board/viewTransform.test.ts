import { describe, expect, it } from 'vitest';
import { clampView, IDENTITY_VIEW, MAX_ZOOM, panBy, toWorld, zoomAt, zoomToward } from '../../../src/view/board/layout/viewTransform';

const view = { width: 800, height: 500 };

describe('viewTransform', () => {
  it('zooms about the pointer: the board point under it stays under it', () => {
    const before = toWorld(IDENTITY_VIEW, view, 600, 120);
    const t = zoomAt(IDENTITY_VIEW, view, view, 600, 120, 2.5);
    expect(t.zoom).toBe(2.5);
    const after = toWorld(t, view, 600, 120);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('never zooms out past the whole board, nor in past the limit', () => {
    expect(zoomAt(IDENTITY_VIEW, view, view, 400, 250, 0.2).zoom).toBe(1);
    expect(zoomAt(IDENTITY_VIEW, view, { width: 800, height: 1000 }, 400, 250, 0.2).zoom).toBe(0.5);
    expect(zoomAt(IDENTITY_VIEW, view, view, 400, 250, 100).zoom).toBe(MAX_ZOOM);
  });

  it('pans with a drag but not past the edges of the board', () => {
    const zoomed = zoomAt(IDENTITY_VIEW, view, view, 400, 250, 2);
    const moved = panBy(zoomed, view, view, -100, 0);
    expect(toWorld(moved, view, 400, 250).x).toBeCloseTo(toWorld(zoomed, view, 400, 250).x + 50);
    const far = panBy(zoomed, view, view, -10_000, -10_000);
    const corner = toWorld(far, view, view.width, view.height);
    expect(corner.x).toBeCloseTo(view.width);
    expect(corner.y).toBeCloseTo(view.height);
  });

  it('centres a board smaller than the view', () => {
    const t = clampView({ zoom: 1, scrollX: 123, scrollY: -50 }, view, { width: 400, height: 500 });
    expect(toWorld(t, view, 400, 250)).toEqual({ x: 200, y: 250 });
  });
});

describe('zoomToward (the zoom buttons)', () => {
  const board = { width: 800, height: 500 };
  it('puts the focus point in the middle of the view, not whatever was in the middle before', () => {
    const t = zoomToward(view, board, { x: 150, y: 120 }, 2);
    expect(t.zoom).toBe(2);
    expect(toWorld(t, view, view.width / 2, view.height / 2)).toEqual({ x: 200, y: 125 });
    const inside = zoomToward(view, board, { x: 420, y: 300 }, 2);
    expect(toWorld(inside, view, view.width / 2, view.height / 2)).toEqual({ x: 420, y: 300 });
  });

  it('keeps the board in view when the focus is near an edge, and respects the zoom limits', () => {
    const t = zoomToward(view, board, { x: 790, y: 490 }, 3);
    expect(toWorld(t, view, view.width, view.height).x).toBeCloseTo(800);
    expect(toWorld(t, view, view.width, view.height).y).toBeCloseTo(500);
    expect(zoomToward(view, board, { x: 0, y: 0 }, 100).zoom).toBe(MAX_ZOOM);
    expect(zoomToward(view, board, { x: 0, y: 0 }, 0.1).zoom).toBe(1);
  });
});
