import type Phaser from 'phaser';
import type { Rect } from '../layout/geometry';

/** Graphics has no dashed strokes: these draw them as short segments (call lineStyle first). */
export function dashedLine(g: Phaser.GameObjects.Graphics, x1: number, y1: number, x2: number, y2: number, dash = 6, gap = 4): void {
  const len = Math.hypot(x2 - x1, y2 - y1);
  if (len === 0) return;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  for (let d = 0; d < len; d += dash + gap) {
    const e = Math.min(len, d + dash);
    g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
  }
}

export function dashedRect(g: Phaser.GameObjects.Graphics, r: Rect, dash = 6, gap = 4): void {
  dashedLine(g, r.x, r.y, r.x + r.w, r.y, dash, gap);
  dashedLine(g, r.x + r.w, r.y, r.x + r.w, r.y + r.h, dash, gap);
  dashedLine(g, r.x + r.w, r.y + r.h, r.x, r.y + r.h, dash, gap);
  dashedLine(g, r.x, r.y + r.h, r.x, r.y, dash, gap);
}
