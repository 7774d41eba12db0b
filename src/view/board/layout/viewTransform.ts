/**
 * The board camera as plain numbers, with Phaser's convention: the camera zooms about the centre of
 * the view, and scroll is the world point at the view's top-left when zoom is 1. Pure, so panning
 * and zooming about the pointer are unit-tested.
 */
export interface ViewTransform {
  zoom: number;
  scrollX: number;
  scrollY: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MAX_ZOOM = 8;

/** The smallest zoom that still shows the whole board (never above 1: the layout already fits). */
export const minZoom = (view: Size, content: Size): number => Math.min(1, view.width / content.width, view.height / content.height);

export function toWorld(t: ViewTransform, view: Size, sx: number, sy: number): { x: number; y: number } {
  return { x: t.scrollX + view.width / 2 + (sx - view.width / 2) / t.zoom, y: t.scrollY + view.height / 2 + (sy - view.height / 2) / t.zoom };
}

/** Zoom to `zoom` keeping the world point under the screen point (sx, sy) where it is. */
export function zoomAt(t: ViewTransform, view: Size, content: Size, sx: number, sy: number, zoom: number): ViewTransform {
  const z = Math.max(minZoom(view, content), Math.min(MAX_ZOOM, zoom));
  const w = toWorld(t, view, sx, sy);
  const next = { zoom: z, scrollX: w.x - view.width / 2 - (sx - view.width / 2) / z, scrollY: w.y - view.height / 2 - (sy - view.height / 2) / z };
  return clampView(next, view, content);
}

/**
 * Zoom to `zoom` with the point `at` (board space: the selection's or the estate's centre) in the
 * middle of the view, as near as the board's edges allow. The zoom buttons use it: zooming about
 * the middle of the view would zoom into whatever is there, often an empty AZ column.
 */
export function zoomToward(view: Size, content: Size, at: { x: number; y: number }, zoom: number): ViewTransform {
  const z = Math.max(minZoom(view, content), Math.min(MAX_ZOOM, zoom));
  return clampView({ zoom: z, scrollX: at.x - view.width / 2, scrollY: at.y - view.height / 2 }, view, content);
}

/** Pan by a screen-space drag of (dx, dy). */
export function panBy(t: ViewTransform, view: Size, content: Size, dx: number, dy: number): ViewTransform {
  return clampView({ zoom: t.zoom, scrollX: t.scrollX - dx / t.zoom, scrollY: t.scrollY - dy / t.zoom }, view, content);
}

/** Keeps the board in view: no panning past its edges; centred on an axis where it is smaller than the view. */
export function clampView(t: ViewTransform, view: Size, content: Size): ViewTransform {
  const axis = (scroll: number, viewLen: number, contentLen: number) => {
    const visible = viewLen / t.zoom;
    const offset = viewLen / 2 - visible / 2;
    const left = scroll + offset;
    const clamped = visible >= contentLen ? (contentLen - visible) / 2 : Math.max(0, Math.min(contentLen - visible, left));
    return clamped - offset;
  };
  return { zoom: t.zoom, scrollX: axis(t.scrollX, view.width, content.width), scrollY: axis(t.scrollY, view.height, content.height) };
}

export const IDENTITY_VIEW: ViewTransform = { zoom: 1, scrollX: 0, scrollY: 0 };
