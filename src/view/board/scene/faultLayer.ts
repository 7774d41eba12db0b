import type Phaser from 'phaser';
import type { BoardLayout } from '../layout/boardLayout';
import type { Rect } from '../layout/geometry';
import { INK, OKABE_ITO } from '../look/palette';
import type { BlastIcon, BlastMark } from '../model/blastMark';
import { dashedRect } from './dashed';
import { fitText, measureText, type TextPool } from './textPool';

export const blastSignature = (marks: readonly BlastMark[]): string => marks.map((m) => `${m.scope}${m.targetId}${m.label}${m.detail}`).join('|');

function targetRect(l: BoardLayout, m: BlastMark): Rect | null {
  if (m.scope === 'zone') return l.zones.find((z) => z.id === m.targetId)?.column ?? null;
  if (m.scope === 'region') return l.regions.find((r) => r.id === m.targetId)?.rect ?? null;
  return l.dns;
}

/**
 * The blast radius of each failure: what it hit goes dark, with a border and a pill naming the
 * failure and when it ends ("⚡ POWER CUT · back in ~28 min"). The pill is drawn on `pills`, above
 * the tiles' badges, so it is never hidden.
 */
export function drawFaultLayer(shade: Phaser.GameObjects.Graphics, pills: Phaser.GameObjects.Graphics, text: TextPool, small: TextPool, l: BoardLayout, marks: readonly BlastMark[]): void {
  shade.clear();
  pills.clear();
  text.begin();
  small.begin();
  for (const m of marks) {
    const r = targetRect(l, m);
    if (!r) continue;
    const colour = m.severity === 'down' ? OKABE_ITO.vermillion : OKABE_ITO.orange;
    if (m.dim > 0) {
      shade.fillStyle(0x05070a, m.dim);
      shade.fillRoundedRect(r.x, r.y, r.w, r.h, 6);
    }
    shade.lineStyle(2, colour, 0.95);
    if (m.severity === 'down') shade.strokeRoundedRect(r.x + 1, r.y + 1, r.w - 2, r.h - 2, 6);
    else dashedRect(shade, { x: r.x + 1, y: r.y + 1, w: r.w - 2, h: r.h - 2 }, 6, 4);

    // Narrow AZ columns let the pill overhang them rather than cut its words.
    const maxW = m.scope === 'dns' ? 200 : Math.max(r.w - 8, 150);
    const label = fitText(m.label, maxW - 26, { size: 11, bold: true });
    const detail = fitText(m.detail, maxW - 26, { size: 10 });
    const w = Math.min(maxW, 26 + Math.max(measureText(label, { size: 11, bold: true }), measureText(detail, { size: 10 })) + 8);
    const h = 30;
    const x = m.scope === 'dns' ? r.x + r.w + 8 : Math.max(4, Math.min(l.width - w - 4, r.x + (r.w - w) / 2));
    // In the middle of what it hit: the blast radius reads at a glance, and tiles stay visible around it.
    const y = m.scope === 'dns' ? r.y + (r.h - h) / 2 : r.y + Math.max(24, (r.h - h) / 2);
    pills.fillStyle(colour, 1);
    pills.fillRoundedRect(x, y, w, h, 6);
    pills.lineStyle(1, INK.dark, 0.6);
    pills.strokeRoundedRect(x + 0.5, y + 0.5, w - 1, h - 1, 6);
    drawIcon(pills, m.icon, x + 13, y + h / 2, 7);
    text.put(x + 24, y + 4, label, { color: INK.dark });
    small.put(x + 24, y + 16, detail, { color: INK.dark });
  }
  text.end();
  small.end();
}

function drawIcon(g: Phaser.GameObjects.Graphics, icon: BlastIcon, x: number, y: number, r: number): void {
  g.fillStyle(INK.dark, 1);
  g.lineStyle(2, INK.dark, 1);
  switch (icon) {
    case 'bolt': {
      const pts = [
        [0.2, -1],
        [-0.6, 0.15],
        [-0.05, 0.15],
        [-0.3, 1],
        [0.6, -0.2],
        [0.05, -0.2],
      ] as const;
      g.beginPath();
      pts.forEach(([px, py], i) => (i === 0 ? g.moveTo(x + px * r, y + py * r) : g.lineTo(x + px * r, y + py * r)));
      g.closePath();
      g.fillPath();
      return;
    }
    case 'cross':
      g.lineBetween(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7);
      g.lineBetween(x + r * 0.7, y - r * 0.7, x - r * 0.7, y + r * 0.7);
      return;
    case 'cycle':
      g.beginPath();
      g.arc(x, y, r * 0.75, -Math.PI * 0.3, Math.PI * 1.4);
      g.strokePath();
      g.fillTriangle(x + r * 0.95, y - r * 0.95, x + r * 0.95, y, x + r * 0.15, y - r * 0.35);
      return;
    case 'warn':
      g.fillTriangle(x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8);
      return;
    case 'block':
      g.strokeCircle(x, y, r * 0.8);
      g.lineBetween(x - r * 0.55, y + r * 0.55, x + r * 0.55, y - r * 0.55);
      return;
    case 'spike':
      g.lineBetween(x - r, y + r * 0.6, x - r * 0.2, y - r * 0.1);
      g.lineBetween(x - r * 0.2, y - r * 0.1, x + r * 0.2, y + r * 0.3);
      g.lineBetween(x + r * 0.2, y + r * 0.3, x + r, y - r * 0.7);
      return;
  }
}
