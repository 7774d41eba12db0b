import type Phaser from 'phaser';
import { clampView, IDENTITY_VIEW, minZoom, panBy, toWorld, zoomAt, type Size, type ViewTransform } from '../layout/viewTransform';

export interface CameraControlsOptions {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  content: () => Size;
  /** A tap or click that did not drag, in board space. */
  onTap(x: number, y: number): void;
  /** The pointer moved over the board (board space and screen space), or left it (null). */
  onHover(at: { x: number; y: number; sx: number; sy: number } | null): void;
  /** The view moved or zoomed (redraw). */
  onChange(): void;
}

const DRAG_THRESHOLD = 6;

/** How much one press of a zoom button zooms. */
const ZOOM_STEP = 1.5;

/**
 * Pan by dragging, zoom with the wheel, a pinch or the zoom buttons (page buttons over the canvas,
 * calling zoomBy and reset; double-click fits the board again). Taps select. Keyboard users select
 * through the estate list instead.
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
  }

  /** The view resized or the board was laid out again: keep the view valid. */
  refresh(): void {
    this.apply(clampView({ ...this.t, zoom: Math.max(this.t.zoom, minZoom(this.view(), this.o.content())) }, this.view(), this.o.content()));
  }

  /** Zoom in (+1) or out (−1) one step about the middle of the view. */
  zoomBy(steps: number): void {
    const v = this.view();
    this.apply(zoomAt(this.t, v, this.o.content(), v.width / 2, v.height / 2, this.t.zoom * ZOOM_STEP ** steps));
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
      this.o.onHover({ x: w.x, y: w.y, sx: p.x, sy: p.y });
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
}
