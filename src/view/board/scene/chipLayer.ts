import type Phaser from 'phaser';
import type { World } from '../../../sim';
import type { BoardLayout, ChipLayout } from '../layout/boardLayout';
import { INK } from '../look/palette';
import { boardChips, chipKey, type BoardChip } from '../model/boardChips';
import type { BitmapLabels } from './bitmapLabels';
import { fitText, measureText, type TextPool } from './textPool';

/** Room kept on a chip's second line for its figure ("9,999 msgs" in the 10 px label font). */
const FIGURE_W = 54;
const CHIP_FILL = 0x1b2940;

/** The chips by kind and id, for drawing them where the layout put them. */
function byKey(chips: readonly BoardChip[]): Map<string, BoardChip> {
  return new Map(chips.map((c) => [chipKey(c.kind, c.chip.id), c]));
}

/** Changes whenever a chip's look does (not its figure, a live label: drawChipFigures). */
export function chipSignature(world: World): string {
  let s = '';
  for (const { kind, chip } of boardChips(world)) s += `${kind}\u0001${chip.id}\u0001${chip.glyph}\u0001${chip.label}\u0001${chip.state}\u0001${chip.colour}\u0002`;
  return s;
}

/** The glyph badge's side: the chip's height less a margin. */
const badgeSide = (r: ChipLayout): number => r.rect.h - (r.compact ? 6 : 10);

/**
 * Every Region-level service's chip, the same way whatever its kind: a box edged in its state's
 * colour, its glyph on a badge of that colour, its name, and its state in words (never colour
 * alone). Part of the status layer's round (the caller begins and ends the pools).
 */
export function drawChips(g: Phaser.GameObjects.Graphics, text: TextPool, small: TextPool, world: World, l: BoardLayout): void {
  if (l.chips.length === 0) return;
  const chips = byKey(boardChips(world));
  for (const c of l.chips) {
    const found = chips.get(chipKey(c.kind, c.id));
    if (found) drawChip(g, text, small, c, found);
  }
}

function drawChip(g: Phaser.GameObjects.Graphics, text: TextPool, small: TextPool, c: ChipLayout, { chip }: BoardChip): void {
  const r = c.rect;
  g.fillStyle(CHIP_FILL, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, 5);
  g.lineStyle(1.5, chip.colour, 1);
  g.strokeRoundedRect(r.x + 0.75, r.y + 0.75, r.w - 1.5, r.h - 1.5, 5);
  const side = badgeSide(c);
  const inset = (r.h - side) / 2;
  g.fillStyle(chip.colour, 1);
  g.fillRoundedRect(r.x + inset, r.y + inset, side, side, 3);
  text.put(r.x + inset + side / 2, r.y + r.h / 2 + 0.5, chip.glyph, { originX: 0.5, originY: 0.5, color: INK.dark });
  const x = r.x + inset + side + 6;
  const area = r.x + r.w - 6 - x;
  if (c.compact) {
    // One line: the name, then the state word as far as it fits.
    const name = fitText(chip.label, Math.max(0, area * 0.6), { size: 12, bold: true });
    const nameW = measureText(name, { size: 12, bold: true });
    text.put(x, r.y + r.h / 2, name, { originY: 0.5, color: INK.text });
    small.put(r.x + r.w - 6, r.y + r.h / 2, fitText(chip.state, Math.max(0, area - nameW - 6), { size: 10 }), { originX: 1, originY: 0.5, color: chip.colour });
    return;
  }
  text.put(x, r.y + 4, fitText(chip.label, area, { size: 12, bold: true }), { color: INK.text });
  const stateW = chip.figure === undefined ? area : area - FIGURE_W - 4;
  small.put(x, r.y + r.h - 4, fitText(chip.state, Math.max(0, stateW), { size: 10 }), { originY: 1, color: chip.colour });
}

/**
 * Each full chip's figure (messages waiting …), right on its second line: live labels over the cached
 * status layer, checked every slow refresh and redrawn when a figure changes, so a busy service's
 * depth changing every second does not redraw the layer.
 */
export function drawChipFigures(labels: BitmapLabels, world: World, l: BoardLayout): void {
  const placed = l.chips.filter((c) => !c.compact);
  if (placed.length === 0) {
    if (labels.begin('')) labels.end();
    return;
  }
  const chips = byKey(boardChips(world));
  const figures = placed.map((c) => chips.get(chipKey(c.kind, c.id))?.chip.figure);
  if (!labels.begin(figures.join('\u0001'))) return;
  placed.forEach((c, i) => {
    const figure = figures[i];
    if (figure === undefined) return;
    labels.put(c.rect.x + c.rect.w - 6, c.rect.y + c.rect.h - 3, figure, { originX: 1, originY: 1, color: INK.muted });
  });
  labels.end();
}
