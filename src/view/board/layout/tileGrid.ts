/**
 * How big an instance tile is, and what it can show at that size. Tiles shrink as the fleet grows:
 * a handful get roomy tiles with their id written under them; hundreds get small tiles that keep
 * their shape icon and utilisation bar; a thousand on a laptop get compact tiles (shape and bar only).
 */
export interface TileGrid {
  /** Tile edge, px. */
  size: number;
  /** Space between tiles, px. */
  gap: number;
  /** Height of the id label under each tile (0 when ids are not shown). */
  labelH: number;
  pitchX: number;
  pitchY: number;
  mode: 'roomy' | 'normal' | 'compact';
}

export const MAX_TILE = 60;
export const MIN_TILE = 4;
/** From this size up the tile carries its id underneath. */
export const ROOMY_TILE = 34;
/** Below this size the tile drops its text label and keeps only shape, colour and bar. */
export const COMPACT_TILE = 18;

export function tileGrid(size: number): TileGrid {
  const s = Math.max(MIN_TILE, Math.min(MAX_TILE, Math.floor(size)));
  const gap = s >= 24 ? 4 : s >= 10 ? 2 : 1;
  const labelH = s >= ROOMY_TILE ? 14 : 0;
  return { size: s, gap, labelH, pitchX: s + gap, pitchY: s + gap + labelH, mode: s >= ROOMY_TILE ? 'roomy' : s >= COMPACT_TILE ? 'normal' : 'compact' };
}

/** Tiles per row in an area `width` wide. */
export function columnsFor(grid: TileGrid, width: number): number {
  return Math.max(1, Math.floor((width + grid.gap) / grid.pitchX));
}

/** Height of `rows` rows of tiles (no trailing gap). */
export function rowsHeight(grid: TileGrid, rows: number): number {
  return rows > 0 ? rows * grid.pitchY - grid.gap : 0;
}
