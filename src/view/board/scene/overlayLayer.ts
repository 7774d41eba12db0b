import type Phaser from 'phaser';
import type { Rect } from '../layout/geometry';
import { INK } from '../look/palette';

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

/**
 * The tooltip next to the pointer: a page element over the canvas (`at` in canvas pixels), kept
 * inside the view. Hidden when there is nothing under the pointer.
 */
export function showTooltip(el: HTMLElement, at: { sx: number; sy: number } | null, line: string, view: { width: number; height: number }): void {
  if (!at || !line) {
    el.hidden = true;
    return;
  }
  if (el.textContent !== line) el.textContent = line;
  el.hidden = false;
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const x = Math.max(4, Math.min(view.width - w - 4, at.sx + 14));
  const y = at.sy + 18 + h > view.height - 4 ? at.sy - h - 10 : at.sy + 18;
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}
