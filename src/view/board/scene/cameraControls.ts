import type Phaser from 'phaser';
import { clampView, IDENTITY_VIEW, minZoom, panBy, toWorld, zoomAt, zoomToward, type Size, type ViewTransform } from '../layout/viewTransform';

export interface CameraControlsOptions {
  scene: Phaser.Scene;
  camera: Phaser.Cameras.Scene2D.Camera;
  content: () => Size;
  /**
   * Canvas pixels per board unit at zoom 1 (the device pixel ratio times the board's scale): the
   * canvas is drawn at the device's resolution, the board is laid out in board units.
   */
  pixelScale: () => number;
  /** Canvas pixels per CSS pixel (the device pixel ratio), for page markup placed over the canvas. */
  deviceScale: () => number;
  /** Where the zoom buttons zoom towards (the selection's or the estate's centre, board space). */
  focus: () => { x: number; y: number };
  /** A tap or click that did not drag, in board space. */
  onTap(x: number, y: number): void;
  /** The pointer moved over the board (board space, and CSS px over the canvas), or left it (null). */
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
      const k = o.pixelScale();
      this.apply(zoomAt(this.t, this.view(), o.content(), p.x / k, p.y / k, this.t.zoom * Math.exp(-dy * 0.0015)));
    });
  }

  /** The view resized or the board was laid out again: keep the view valid. */
  refresh(): void {
    this.apply(clampView({ ...this.t, zoom: Math.max(this.t.zoom, minZoom(this.view(), this.o.content())) }, this.view(), this.o.content()));
  }

  /** Zoom in (+1) or out (−1) one step towards the focus (the selection, else the estate). */
  zoomBy(steps: number): void {
    this.apply(zoomToward(this.view(), this.o.content(), this.o.focus(), this.t.zoom * ZOOM_STEP ** steps));
  }

  /** The user's zoom (1: the whole board fits). */
  get zoom(): number {
    return this.t.zoom;
  }

  /** Where a board point shows on the page, CSS px from the canvas's top-left. */
  toScreen(x: number, y: number): { x: number; y: number } {
    const v = this.view();
    const css = this.o.pixelScale() / this.o.deviceScale();
    return { x: ((x - this.t.scrollX - v.width / 2) * this.t.zoom + v.width / 2) * css, y: ((y - this.t.scrollY - v.height / 2) * this.t.zoom + v.height / 2) * css };
  }

  reset(): void {
    this.apply(clampView({ ...IDENTITY_VIEW, zoom: Math.min(1, minZoom(this.view(), this.o.content())) }, this.view(), this.o.content()));
  }

  /** The view in board units at zoom 1 (the camera's size is in canvas pixels). */
  private view(): Size {
    const k = this.o.pixelScale();
    return { width: this.o.camera.width / k, height: this.o.camera.height / k };
  }

  private apply(t: ViewTransform): void {
    this.t = t;
    const k = this.o.pixelScale();
    const v = this.view();
    const cam = this.o.camera;
    // Same middle of the view as the transform's (Phaser's camera zooms about its own middle).
    cam.setZoom(t.zoom * k);
    cam.setScroll(t.scrollX + v.width / 2 - cam.width / 2, t.scrollY + v.height / 2 - cam.height / 2);
    this.o.onChange();
  }

  /** A pointer's position in board units at zoom 1 (Phaser gives canvas pixels). */
  private at(x: number, y: number): { x: number; y: number } {
    const k = this.o.pixelScale();
    return { x: x / k, y: y / k };
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
      const mid = this.at((a.x + b.x) / 2, (a.y + b.y) / 2);
      this.apply(zoomAt(this.t, this.view(), this.o.content(), mid.x, mid.y, (this.pinch.zoom * dist) / this.pinch.dist));
      return;
    }
    if (this.down && p.isDown) {
      if (!this.down.moved && Math.hypot(p.x - this.down.x, p.y - this.down.y) > DRAG_THRESHOLD * this.o.deviceScale()) this.down.moved = true;
      if (this.down.moved) {
        const k = this.o.pixelScale();
        this.apply(panBy(this.t, this.view(), this.o.content(), (p.x - p.prevPosition.x) / k, (p.y - p.prevPosition.y) / k));
        return;
      }
    }
    if (!p.isDown) {
      const s = this.at(p.x, p.y);
      const w = toWorld(this.t, this.view(), s.x, s.y);
      const d = this.o.deviceScale();
      this.o.onHover({ x: w.x, y: w.y, sx: p.x / d, sy: p.y / d });
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
    const s = this.at(p.x, p.y);
    const w = toWorld(this.t, this.view(), s.x, s.y);
    this.o.onTap(w.x, w.y);
  }
}
