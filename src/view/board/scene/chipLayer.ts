import type Phaser from 'phaser';
import type { World } from '../../../sim';
import type { BoardLayout, ChipLayout } from '../layout/boardLayout';
import { INK } from '../look/palette';
import { boardChips, chipKey, type BoardChip } from '../model/boardChips';
import type { BitmapLabels } from './bitmapLabels';
import { fitText, measureText, type TextPool } from './textPool';

const CHIP_FILL = 0x1b2940;

/**
 * The state colour mixed towards white, for the state word: the palette's greens and reds are made
 * for fills and edges, and at 10 px on the dark chip they are too dim to read on a projector.
 */
function lighten(colour: number, t: number): number {
  const ch = (shift: number) => {
    const v = (colour >> shift) & 0xff;
    return Math.round(v + (255 - v) * t) << shift;
  };
  return ch(16) | ch(8) | ch(0);
}

/** The chips by kind and id, for drawing them where the layout put them. */
function byKey(chips: readonly BoardChip[]): Map<string, BoardChip> {
  return new Map(chips.map((c) => [chipKey(c.kind, c.chip.id), c]));
}

/**
 * Changes whenever a chip's look does. Its figure is a live label (drawChipFigures): only the
 * figure's length counts here, since the state word gives it room.
 */
export function chipSignature(world: World): string {
  let s = '';
  for (const { kind, chip } of boardChips(world)) s += `${kind}\u0001${chip.id}\u0001${chip.glyph}\u0001${chip.label}\u0001${chip.state}\u0001${chip.colour}\u0001${chip.figure?.length ?? -1}\u0002`;
  return s;
}

/**
 * A name shortened in the middle ("queue…0007"): the ids that tell chips apart differ at their end.
 * Falls back to fitText when even one character each side does not fit.
 */
function fitName(name: string, width: number): string {
  const spec = { size: 12, bold: true };
  if (measureText(name, spec) <= width) return name;
  for (let keep = name.length - 1; keep >= 2; keep--) {
    const tail = Math.ceil(keep / 2);
    const s = `${name.slice(0, keep - tail)}…${name.slice(name.length - tail)}`;
    if (measureText(s, spec) <= width) return s;
  }
  return fitText(name, width, spec);
}

/** The glyph badge: the chip's height less a margin, at most 22 px wide (narrow chips need the room for words). */
const badgeSize = (r: ChipLayout): { w: number; h: number } => {
  const h = r.rect.h - (r.compact ? 6 : 10);
  return { w: Math.min(h, 22), h };
};

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
  const badge = badgeSize(c);
  const inset = (r.h - badge.h) / 2;
  g.fillStyle(chip.colour, 1);
  g.fillRoundedRect(r.x + inset, r.y + inset, badge.w, badge.h, 3);
  text.put(r.x + inset + badge.w / 2, r.y + r.h / 2 + 0.5, chip.glyph, { originX: 0.5, originY: 0.5, color: INK.dark });
  const x = r.x + inset + badge.w + 6;
  const area = r.x + r.w - 6 - x;
  if (c.compact) {
    // One line: the name first; the state in words when there is room, else its shape ("●", "✖").
    const stateW = measureText(chip.state, { size: 10 });
    const shape = chip.state.split(' ')[0] ?? '';
    const short = stateW + 6 + measureText(chip.label, { size: 12, bold: true }) <= area || shape.length > 2 ? chip.state : shape;
    const shortW = short === chip.state ? stateW : measureText(short, { size: 10 });
    const name = fitName(chip.label, Math.max(0, area - shortW - 6));
    text.put(x, r.y + r.h / 2, name, { originY: 0.5, color: INK.text });
    small.put(r.x + r.w - 6, r.y + r.h / 2, fitText(short, Math.max(0, area - measureText(name, { size: 12, bold: true }) - 6), { size: 10 }), { originX: 1, originY: 0.5, color: lighten(chip.colour, 0.45) });
    return;
  }
  text.put(x, r.y + 4, fitName(chip.label, area), { color: INK.text });
  const stateW = chip.figure === undefined ? area : area - measureText(chip.figure, { size: 10 }) - 6;
  small.put(x, r.y + r.h - 4, fitText(chip.state, Math.max(0, stateW), { size: 10 }), { originY: 1, color: lighten(chip.colour, 0.45) });
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
