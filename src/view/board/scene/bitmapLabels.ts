import type Phaser from 'phaser';
import { makeLabelFont } from './labelFont';
import type { DisplayHost } from './textPool';

/**
 * Labels whose words change all the time (requests per second), as BitmapTexts of the board's own
 * typeface: changing one rewrites a few quads, where a Text would rasterise canvas text and upload a
 * texture. Same begin / put / end round as TextPool; the leftovers hide.
 */
export class BitmapLabels {
  private readonly items: Phaser.GameObjects.BitmapText[] = [];
  private used = 0;
  /** The key of the round showing now (see begin). */
  private shown: string | null = null;
  private readonly font: string;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: DisplayHost,
    private readonly size: number,
  ) {
    this.font = `board-labels-${size}`;
    makeLabelFont(scene, this.font, size);
  }

  /**
   * Starts a round of puts. With a `key` (what the round would show), returns false and starts
   * nothing when the last round showed the same: the caller skips its measuring and putting.
   */
  begin(key?: string): boolean {
    if (key !== undefined && key === this.shown) return false;
    this.shown = key ?? null;
    this.used = 0;
    return true;
  }

  /** The next round redraws whatever its key (the labels' places moved). */
  forget(): void {
    this.shown = null;
  }

  put(x: number, y: number, text: string, opts: { color?: number; originX?: number; originY?: number } = {}): void {
    let t = this.items[this.used];
    if (!t) {
      t = this.scene.add.bitmapText(0, 0, this.font, '', this.size);
      this.layer.add(t);
      this.items.push(t);
    }
    this.used += 1;
    // Each setter does work (origin and text re-measure the glyphs): only what changed.
    if (t.text !== text) t.setText(text);
    const px = Math.round(x);
    const py = Math.round(y);
    if (t.x !== px || t.y !== py) t.setPosition(px, py);
    const ox = opts.originX ?? 0;
    const oy = opts.originY ?? 0;
    if (t.originX !== ox || t.originY !== oy) t.setOrigin(ox, oy);
    const tint = opts.color ?? 0xffffff;
    if (t.tintTopLeft !== tint) t.setTint(tint);
    if (!t.visible) t.setVisible(true);
  }

  end(): void {
    for (let i = this.used; i < this.items.length; i++) this.items[i]!.setVisible(false);
  }
}
