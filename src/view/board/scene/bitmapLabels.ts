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
  private readonly font: string;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: DisplayHost,
    private readonly size: number,
  ) {
    this.font = `board-labels-${size}`;
    makeLabelFont(scene, this.font, size);
  }

  begin(): void {
    this.used = 0;
  }

  put(x: number, y: number, text: string, opts: { color?: number; originX?: number; originY?: number } = {}): void {
    let t = this.items[this.used];
    if (!t) {
      t = this.scene.add.bitmapText(0, 0, this.font, '', this.size);
      this.layer.add(t);
      this.items.push(t);
    }
    this.used += 1;
    if (t.text !== text) t.setText(text);
    t.setPosition(Math.round(x), Math.round(y));
    t.setOrigin(opts.originX ?? 0, opts.originY ?? 0);
    t.setTint(opts.color ?? 0xffffff);
    t.setVisible(true);
  }

  end(): void {
    for (let i = this.used; i < this.items.length; i++) this.items[i]!.setVisible(false);
  }
}
