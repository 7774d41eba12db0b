import type Phaser from 'phaser';
import { clampView, IDENTITY_VIEW, minZoom, panBy, toWorld, zoomAt, type Size, type ViewTransform } from '../layout/viewTransform';
import { INK } from '../look/palette';
import type { TextPool } from './textPool';

export interface CameraControlsOptions {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  /** Graphics and labels for the on-canvas + / − / fit buttons (drawn by a camera that never zooms). */
  buttons: Phaser.GameObjects.Graphics;
  labels: TextPool;
  content: () => Size;
  /** A tap or click that did not drag, in board space. */
  onTap(x: number, y: number): void;
  /** The pointer moved over the board (board space and screen space), or left it (null). */
  onHover(at: { x: number; y: number; sx: number; sy: number } | null): void;
  /** The view moved or zoomed (redraw). */
  onChange(): void;
}

const BUTTON = 28;

/** The corner of the view (screen pixels) the zoom buttons are drawn in. */
export function buttonArea(view: { width: number; height: number }): { x: number; y: number; w: number; h: number } {
  const top = view.height - 3 * (BUTTON + 6) - 2;
  return { x: view.width - BUTTON - 12, y: top - 4, w: BUTTON + 12, h: view.height - top + 4 };
}
const DRAG_THRESHOLD = 6;

/**
 * Pan by dragging, zoom with the wheel, a pinch or the on-canvas buttons (double-click fits the
 * board again). Taps select. Keyboard users select through the estate list instead.
 */
export class CameraControls {
  private t: ViewTransform = IDENTITY_VIEW;
  private down: { x: number; y: number; moved: boolean } | null = null;
  private pinch: { dist: number; zoom: number } | null = null;
  private lastTap = 0;

  constructor(private readonly o: CameraControlsOptions) {
    const input = o.scene.input;
    input.on('pointerdown', (p: Phaser.Input.Pointer) => this.pointerDown(p));
    input.on('pointermove', (p: Phaser.Input.Pointer) => this.pointerMove(p));
    input.on('pointerup', (p: Phaser.Input.Pointer) => this.pointerUp(p));
    input.on('gameout', () => o.onHover(null));
    input.on('wheel', (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.apply(zoomAt(this.t, this.view(), o.content(), p.x, p.y, this.t.zoom * Math.exp(-dy * 0.0015)));
    });
    this.drawButtons();
  }

  /** The view resized or the board was laid out again: keep the view valid and redraw the buttons. */
  refresh(): void {
    this.apply(clampView({ ...this.t, zoom: Math.max(this.t.zoom, minZoom(this.view(), this.o.content())) }, this.view(), this.o.content()));
    this.drawButtons();
  }

  reset(): void {
    this.apply(clampView({ ...IDENTITY_VIEW, zoom: Math.min(1, minZoom(this.view(), this.o.content())) }, this.view(), this.o.content()));
  }

  private view(): Size {
    return { width: this.o.camera.width, height: this.o.camera.height };
  }

  private apply(t: ViewTransform): void {
    this.t = t;
    this.o.camera.setZoom(t.zoom);
    this.o.camera.setScroll(t.scrollX, t.scrollY);
    this.o.onChange();
  }

  private pointerDown(p: Phaser.Input.Pointer): void {
    const a = this.o.scene.input.pointer1;
    const b = this.o.scene.input.pointer2;
    if (a?.isDown && b?.isDown) {
      this.pinch = { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, zoom: this.t.zoom };
      this.down = null;
      return;
    }
    this.down = { x: p.x, y: p.y, moved: false };
  }

  private pointerMove(p: Phaser.Input.Pointer): void {
    const a = this.o.scene.input.pointer1;
    const b = this.o.scene.input.pointer2;
    if (this.pinch && a?.isDown && b?.isDown) {
      const dist = Math.hypot(a.x - b.x, a.y - b.y);
      this.apply(zoomAt(this.t, this.view(), this.o.content(), (a.x + b.x) / 2, (a.y + b.y) / 2, (this.pinch.zoom * dist) / this.pinch.dist));
      return;
    }
    if (this.down && p.isDown) {
      if (!this.down.moved && Math.hypot(p.x - this.down.x, p.y - this.down.y) > DRAG_THRESHOLD) this.down.moved = true;
      if (this.down.moved) {
        this.apply(panBy(this.t, this.view(), this.o.content(), p.x - p.prevPosition.x, p.y - p.prevPosition.y));
        return;
      }
    }
    if (!p.isDown) {
      const w = toWorld(this.t, this.view(), p.x, p.y);
      this.o.onHover(this.buttonAt(p.x, p.y) ? null : { x: w.x, y: w.y, sx: p.x, sy: p.y });
    }
  }

  private pointerUp(p: Phaser.Input.Pointer): void {
    if (this.pinch) {
      const a = this.o.scene.input.pointer1;
      const b = this.o.scene.input.pointer2;
      if (!a?.isDown && !b?.isDown) this.pinch = null;
      return;
    }
    const down = this.down;
    this.down = null;
    if (!down || down.moved) return;
    const button = this.buttonAt(p.x, p.y);
    if (button) {
      const c = { x: this.view().width / 2, y: this.view().height / 2 };
      if (button === 'fit') this.reset();
      else this.apply(zoomAt(this.t, this.view(), this.o.content(), c.x, c.y, this.t.zoom * (button === 'in' ? 1.5 : 1 / 1.5)));
      return;
    }
    const now = p.upTime;
    if (now - this.lastTap < 300 && !p.wasTouch) {
      this.reset();
      this.lastTap = 0;
      return;
    }
    this.lastTap = now;
    const w = toWorld(this.t, this.view(), p.x, p.y);
    this.o.onTap(w.x, w.y);
  }

  private buttons(): { id: 'in' | 'out' | 'fit'; x: number; y: number; label: string }[] {
    const v = this.view();
    const x = v.width - BUTTON - 8;
    const y0 = v.height - 3 * (BUTTON + 6) - 2;
    return [
      { id: 'in', x, y: y0, label: '+' },
      { id: 'out', x, y: y0 + BUTTON + 6, label: '−' },
      { id: 'fit', x, y: y0 + 2 * (BUTTON + 6), label: 'fit' },
    ];
  }

  private buttonAt(sx: number, sy: number): 'in' | 'out' | 'fit' | null {
    for (const b of this.buttons()) if (sx >= b.x && sx < b.x + BUTTON && sy >= b.y && sy < b.y + BUTTON) return b.id;
    return null;
  }

  private drawButtons(): void {
    this.o.onChange();
    const g = this.o.buttons;
    g.clear();
    this.o.labels.begin();
    for (const b of this.buttons()) {
      g.fillStyle(0x1f2734, 0.85);
      g.fillRoundedRect(b.x, b.y, BUTTON, BUTTON, 6);
      g.lineStyle(1, 0x3a4660, 1);
      g.strokeRoundedRect(b.x + 0.5, b.y + 0.5, BUTTON - 1, BUTTON - 1, 6);
      this.o.labels.put(b.x + BUTTON / 2, b.y + BUTTON / 2, b.label, { originX: 0.5, originY: 0.5, color: INK.text });
    }
    this.o.labels.end();
  }
}
