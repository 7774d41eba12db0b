import Phaser from 'phaser';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface TextSpec {
  size: number;
  bold?: boolean;
}

/** A list that draws its objects every frame: the scene's display list (or a Layer in it). */
export type DisplayHost = Phaser.GameObjects.DisplayList | Phaser.GameObjects.Layer;

/**
 * Where a pool's Text objects are shown: a display list (drawn every frame), or a cache that draws
 * them into its texture and is told when the pool was redrawn.
 */
export type TextHost = DisplayHost | { adopt(pool: TextPool): void; invalidate(): void };

/** Font metrics by weight and size, measured by the first Text of each. */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** Texts a pool keeps beyond those showing, still holding strings it showed recently. */
const SPARE = 24;

/**
 * Reusable Text objects for labels that are redrawn as a group (a layer's labels). Each redraw
 * hands them out again; a Text is re-rasterised (canvas text plus a texture upload) only when no
 * Text in the pool already holds the string: the one that showed it last is reused, and a few
 * hidden spares keep strings shown recently, so a label flicking between values (a busy estate's
 * 5,300 → 5,500 → 5,300 req/s) costs a lookup, not a redraw. Colour is a tint; the leftovers hide.
 */
export class TextPool {
  private readonly items: Phaser.GameObjects.Text[] = [];
  /** The redraw (round) each item was last handed out in. */
  private readonly usedIn: number[] = [];
  private round = 0;
  /** The Texts handed out this round, in order. */
  private readonly order: Phaser.GameObjects.Text[] = [];
  private used = 0;
  private readonly layer: DisplayHost | null;
  /** Canvas pixels per board unit its Texts are rasterised at (the device's ratio times the board's scale). */
  private resolution = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly host: TextHost,
    private readonly spec: TextSpec,
  ) {
    this.layer = 'adopt' in host ? null : host;
    if ('adopt' in host) host.adopt(this);
  }

  /** The Texts showing now, in the order they were put (for a cache to draw). */
  get shown(): readonly Phaser.GameObjects.Text[] {
    return this.order.slice(0, this.used);
  }

  begin(): void {
    this.round += 1;
    this.used = 0;
  }

  put(x: number, y: number, text: string, opts: { color?: number; originX?: number; originY?: number; alpha?: number } = {}): Phaser.GameObjects.Text {
    const t = this.take(text);
    this.order[this.used] = t;
    this.used += 1;
    t.setText(text);
    t.setPosition(Math.round(x), Math.round(y));
    t.setOrigin(opts.originX ?? 0, opts.originY ?? 0);
    t.setTint(opts.color ?? 0xffffff);
    t.setAlpha(opts.alpha ?? 1);
    t.setVisible(true);
    return t;
  }

  /** A Text not yet handed out this round: one already holding `text`, else a new one while spares last, else the least recently used. */
  private take(text: string): Phaser.GameObjects.Text {
    const { items, usedIn, round } = this;
    let oldest = -1;
    for (let i = 0; i < items.length; i++) {
      if (usedIn[i] === round) continue;
      if (items[i]!.text === text) {
        usedIn[i] = round;
        return items[i]!;
      }
      if (oldest < 0 || usedIn[i]! < usedIn[oldest]!) oldest = i;
    }
    if (oldest >= 0 && items.length >= this.used + 1 + SPARE) {
      usedIn[oldest] = round;
      return items[oldest]!;
    }
    const fontKey = `${this.spec.bold ? 'bold ' : ''}${this.spec.size}`;
    // Phaser measures a new Text's font by drawing and reading back pixels: once per font is enough.
    const style = { fontFamily: FONT, fontSize: `${this.spec.size}px`, fontStyle: this.spec.bold ? 'bold' : 'normal', color: '#ffffff', metrics: fontMetrics.get(fontKey), resolution: this.resolution };
    // A cached pool's Texts stay off the display list: its cache draws them.
    const t = this.layer ? this.scene.add.text(0, 0, '', style) : this.scene.make.text({ style }, false);
    this.layer?.add(t);
    if (!fontMetrics.has(fontKey)) fontMetrics.set(fontKey, t.style.getTextMetrics());
    items.push(t);
    usedIn.push(round);
    return t;
  }

  /** Rasterise the Texts at `resolution` canvas pixels per board unit, so they stay sharp on HiDPI and projector scales. */
  setResolution(resolution: number): void {
    if (resolution === this.resolution) return;
    this.resolution = resolution;
    for (const t of this.items) t.setResolution(resolution);
    if (!this.layer && 'invalidate' in this.host) this.host.invalidate();
  }

  /** Width the string would take, without drawing it (for pills and truncation). */
  measure(text: string): number {
    return measureText(text, this.spec);
  }

  end(): void {
    for (let i = 0; i < this.items.length; i++) if (this.usedIn[i] !== this.round) this.items[i]!.setVisible(false);
    this.order.length = this.used;
    if (!this.layer && 'invalidate' in this.host) this.host.invalidate();
  }

  destroy(): void {
    for (const t of this.items) t.destroy();
    this.items.length = 0;
    this.usedIn.length = 0;
    this.order.length = 0;
  }
}

let measureCtx: CanvasRenderingContext2D | null = null;

export function measureText(text: string, spec: TextSpec): number {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return text.length * spec.size * 0.6;
  measureCtx.font = `${spec.bold ? 'bold ' : ''}${spec.size}px ${FONT}`;
  return measureCtx.measureText(text).width;
}

/** Shortens `text` with an ellipsis until it fits `width` px. */
export function fitText(text: string, width: number, spec: TextSpec): string {
  if (measureText(text, spec) <= width) return text;
  let s = text;
  while (s.length > 1 && measureText(`${s}…`, spec) > width) s = s.slice(0, -1);
  return s.length > 1 ? `${s}…` : '';
}
