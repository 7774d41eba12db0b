import type { ChipLayout } from './boardLayout';
import { rect, type Rect } from './geometry';
import type { BoardMetrics, RegionPlan } from './layoutRegion';

/** Rows and columns of a Region's chips in a strip `width` wide, and the strip's height. */
export interface ChipStrip {
  cols: number;
  rows: number;
  chipW: number;
  chipH: number;
  compact: boolean;
  /** The strip's height, padding included. */
  h: number;
}

/** Lays `count` chips out in rows across `width`: as wide as maxW allows, wrapping, compact when the full ones need too many rows. */
export function chipStrip(count: number, width: number, c: BoardMetrics['chip']): ChipStrip | null {
  if (count === 0) return null;
  const inner = Math.max(0, width - 2 * c.pad);
  const colsAt = (minW: number) => Math.max(1, Math.min(count, Math.floor((inner + c.gap) / (minW + c.gap))));
  let cols = colsAt(c.minW);
  const compact = Math.ceil(count / cols) > c.maxFullRows;
  if (compact) cols = colsAt(c.compactMinW);
  const rows = Math.ceil(count / cols);
  const chipW = Math.floor(Math.min(c.maxW, (inner - (cols - 1) * c.gap) / cols));
  const chipH = compact ? c.compactH : c.h;
  return { cols, rows, chipW, chipH, compact, h: 2 * c.pad + rows * chipH + (rows - 1) * c.gap };
}

/** The chips left to right, row by row, on whole pixels. */
export function placeChips(plan: Pick<RegionPlan, 'id' | 'chips'>, strip: ChipStrip, band: Rect, c: BoardMetrics['chip']): ChipLayout[] {
  return plan.chips.map((chip, i) => {
    const x = Math.round(band.x + c.pad + (i % strip.cols) * (strip.chipW + c.gap));
    const y = Math.round(band.y + c.pad + Math.floor(i / strip.cols) * (strip.chipH + c.gap));
    return { kind: chip.kind, id: chip.id, regionId: plan.id, rect: rect(x, y, strip.chipW, strip.chipH), compact: strip.compact };
  });
}
