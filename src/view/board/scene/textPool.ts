import Phaser from 'phaser';

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

export interface TextSpec {
  size: number;
  bold?: boolean;
}

/**
 * Reusable Text objects for labels that are redrawn as a group (a layer's labels). Each redraw
 * hands them out again in order; a Text is re-rasterised only when its string actually changes
 * (Phaser's setText is a no-op for the same string), colour is a tint, and the leftovers hide.
 */
export class TextPool {
  private readonly items: Phaser.GameObjects.Text[] = [];
  private used = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Layer,
    private readonly spec: TextSpec,
  ) {}

  begin(): void {
    this.used = 0;
  }

  put(x: number, y: number, text: string, opts: { color?: number; originX?: number; originY?: number; alpha?: number } = {}): Phaser.GameObjects.Text {
    let t = this.items[this.used];
    if (!t) {
      t = this.scene.add.text(0, 0, '', { fontFamily: FONT, fontSize: `${this.spec.size}px`, fontStyle: this.spec.bold ? 'bold' : 'normal', color: '#ffffff' });
      this.layer.add(t);
      this.items.push(t);
    }
    this.used += 1;
    t.setText(text);
    t.setPosition(Math.round(x), Math.round(y));
    t.setOrigin(opts.originX ?? 0, opts.originY ?? 0);
    t.setTint(opts.color ?? 0xffffff);
    t.setAlpha(opts.alpha ?? 1);
    t.setVisible(true);
    return t;
  }

  /** Width the string would take, without drawing it (for pills and truncation). */
  measure(text: string): number {
    return measureText(text, this.spec);
  }

  end(): void {
    for (let i = this.used; i < this.items.length; i++) this.items[i]!.setVisible(false);
  }

  destroy(): void {
    for (const t of this.items) t.destroy();
    this.items.length = 0;
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
