import type Phaser from 'phaser';
import type { Rect } from '../layout/geometry';
import { INK } from '../look/palette';
import { fitText, measureText, type TextPool } from './textPool';

/** The selection: a thick yellow outline with a dark inner edge (shape and weight, not colour alone). */
export function drawSelection(g: Phaser.GameObjects.Graphics, selected: Rect | null, hovered: Rect | null): void {
  g.clear();
  if (hovered && (!selected || hovered.x !== selected.x || hovered.y !== selected.y || hovered.w !== selected.w)) {
    g.lineStyle(1.5, 0xffffff, 0.75);
    g.strokeRoundedRect(hovered.x - 2, hovered.y - 2, hovered.w + 4, hovered.h + 4, 5);
  }
  if (!selected) return;
  const pad = 3;
  g.lineStyle(4, INK.focus, 1);
  g.strokeRoundedRect(selected.x - pad - 2, selected.y - pad - 2, selected.w + 2 * pad + 4, selected.h + 2 * pad + 4, 6);
  g.lineStyle(1.5, INK.dark, 1);
  g.strokeRoundedRect(selected.x - pad, selected.y - pad, selected.w + 2 * pad, selected.h + 2 * pad, 5);
}

/** The tooltip next to the pointer (screen space, drawn by the camera that does not zoom). */
export function drawTooltip(g: Phaser.GameObjects.Graphics, text: TextPool, at: { sx: number; sy: number } | null, line: string, view: { width: number; height: number }): void {
  g.clear();
  text.begin();
  if (at && line) {
    const spec = { size: 12 };
    const shown = fitText(line, Math.min(460, view.width - 24), spec);
    const w = measureText(shown, spec) + 14;
    const h = 22;
    const x = Math.max(4, Math.min(view.width - w - 4, at.sx + 14));
    const y = at.sy + 18 + h > view.height - 4 ? at.sy - h - 10 : at.sy + 18;
    g.fillStyle(0x0b0f15, 0.94);
    g.fillRoundedRect(x, y, w, h, 5);
    g.lineStyle(1, 0x56617a, 1);
    g.strokeRoundedRect(x + 0.5, y + 0.5, w - 1, h - 1, 5);
    text.put(x + 7, y + h / 2, shown, { originY: 0.5, color: INK.text });
  }
  text.end();
}
