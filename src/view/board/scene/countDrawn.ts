import Phaser from 'phaser';
import type { DrawnObjects } from '../boardApi';
import { drawsSomething } from './drawsSomething';

/**
 * What a display list draws, by kind: each visible Bob counts (a quad each), `moving` of them being
 * particles; Texts and BitmapTexts with words; visible Images; Graphics that draw a shape.
 */
export function countDrawn(list: readonly Phaser.GameObjects.GameObject[], moving: number): DrawnObjects {
  const n: DrawnObjects = { staticBobs: 0, movingBobs: moving, texts: 0, bitmapTexts: 0, images: 0, graphics: 0 };
  const walk = (objects: readonly Phaser.GameObjects.GameObject[]) => {
    for (const o of objects) {
      if (o instanceof Phaser.GameObjects.Layer) {
        if (o.visible) walk(o.getChildren());
      } else if (o instanceof Phaser.GameObjects.Blitter) {
        if (o.visible) for (const b of o.children.list) if (b.visible) n.staticBobs++;
      } else if (o instanceof Phaser.GameObjects.Text) {
        if (o.visible && o.text !== '') n.texts++;
      } else if (o instanceof Phaser.GameObjects.BitmapText) {
        if (o.visible && o.text !== '') n.bitmapTexts++;
      } else if (o instanceof Phaser.GameObjects.Image) {
        if (o.visible) n.images++;
      } else if (o instanceof Phaser.GameObjects.Graphics) {
        if (o.visible && drawsSomething(o)) n.graphics++;
      }
    }
  };
  walk(list);
  n.staticBobs -= moving;
  return n;
}
