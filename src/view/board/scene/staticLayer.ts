import type Phaser from 'phaser';
import type { BoardLayout } from '../layout/boardLayout';
import { INK } from '../look/palette';
import { GROUP_COLOUR } from '../../services/scalingGroup';
import { dashedRect } from './dashed';
import { fitText, type TextPool } from './textPool';

/** AZ and Region headers narrower than this show their state as a glyph without the word. */
export const NARROW_HEADER = 120;

/**
 * The parts of the board that move only when the estate's structure (or the view size) changes:
 * Region areas, AZ columns with their subnet and data bands, the strip of Region-level services,
 * Auto Scaling group outlines, and their names. Redrawn on relayout, never per frame.
 */
export function drawStaticLayer(g: Phaser.GameObjects.Graphics, names: TextPool, small: TextPool, l: BoardLayout): void {
  g.clear();
  names.begin();
  small.begin();
  for (const r of l.regions) {
    g.fillStyle(INK.region, 1);
    g.fillRoundedRect(r.rect.x, r.rect.y, r.rect.w, r.rect.h, 8);
    g.lineStyle(1, INK.regionEdge, 1);
    g.strokeRoundedRect(r.rect.x + 0.5, r.rect.y + 0.5, r.rect.w - 1, r.rect.h - 1, 8);
    const label = r.header.w < 2 * NARROW_HEADER ? r.id : `Region ${r.id}`;
    names.put(r.header.x + 8, r.header.y + (l.dense ? 2 : 4), fitText(label, r.header.w - (r.header.w < 2 * NARROW_HEADER ? 30 : r.header.w * 0.4), { size: 13, bold: true }), { color: INK.text });
    // The strip of Region-level services (in no AZ), under their chips.
    if (r.services) {
      g.fillStyle(INK.zone, 1);
      g.fillRoundedRect(r.services.x, r.services.y, r.services.w, r.services.h, 5);
    }
  }
  for (const z of l.zones) {
    g.fillStyle(INK.zone, 1);
    g.fillRoundedRect(z.column.x, z.column.y, z.column.w, z.column.h, 5);
    g.fillStyle(INK.subnet, 1);
    g.fillRoundedRect(z.subnet.x, z.subnet.y, z.subnet.w, z.subnet.h, 4);
    // Narrow columns write the state as a glyph only (statusLayer), leaving the name more room.
    const nameW = z.header.w < NARROW_HEADER ? z.header.w - 22 : z.header.w * 0.62;
    names.put(z.header.x + 5, z.header.y + (l.dense ? 2 : 3), fitText(z.id, nameW, { size: 13, bold: true }), { color: INK.text });
    if (!l.dense) small.put(z.subnet.x + 4, z.subnet.y + 1, fitText(`subnet ${z.subnetId}`, z.subnet.w - 8, { size: 10 }), { color: INK.muted, alpha: 0.9 });
    if (z.data) {
      g.fillStyle(INK.data, 1);
      g.fillRoundedRect(z.data.x, z.data.y, z.data.w, z.data.h, 4);
    }
  }
  for (const sg of l.scalingGroups) {
    g.lineStyle(1.5, GROUP_COLOUR, 0.9);
    for (const r of sg.rects) dashedRect(g, r, 7, 4);
  }
  names.end();
  small.end();
}
