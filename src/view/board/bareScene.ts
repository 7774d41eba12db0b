import Phaser from 'phaser';
import type { DrawnObjects } from './boardApi';
import { makeLabelFont } from './scene/labelFont';
import { FONT } from './scene/textPool';

export interface BareScene {
  game: Phaser.Game;
  dispose(): void;
}

/**
 * The "bare Phaser" baseline for the board benchmark: the same number of display objects of each
 * kind as the board drew (`drawn`, measured from the board in the same run), with no game logic —
 * what the board would cost if it did nothing but draw. Static bobs stand in a grid in one Blitter,
 * moving bobs cross the view every frame in another (as request particles do), Texts and BitmapTexts
 * show fixed labels in the board's font, Images show one full-view texture, Graphics hold a rectangle each.
 * Same renderer settings as the real board.
 */
export function mountBareScene(container: HTMLElement, drawn: DrawnObjects): BareScene {
  class Bare extends Phaser.Scene {
    private dots: Phaser.GameObjects.Bob[] = [];
    private vx = new Float32Array(drawn.movingBobs);
    private vy = new Float32Array(drawn.movingBobs);

    create(): void {
      const { width, height } = this.scale;
      const g = this.add.graphics();
      g.fillStyle(0xffffff, 1);
      g.fillRect(0, 0, 10, 10);
      g.fillCircle(15, 3, 3);
      g.generateTexture('bare', 20, 10);
      g.clear();
      g.fillStyle(0x1b2940, 0.5);
      g.fillRect(0, 0, width, height);
      g.generateTexture('bare-view', width, height);
      g.destroy();
      const tex = this.textures.get('bare');
      tex.add('rect', 0, 0, 0, 10, 10);
      tex.add('dot', 0, 12, 0, 6, 6);
      for (let i = 0; i < drawn.images; i++) this.add.image(0, 0, 'bare-view').setOrigin(0, 0);
      const cols = Math.max(1, Math.ceil(Math.sqrt((drawn.staticBobs * width) / Math.max(1, height))));
      const pitch = Math.max(2, Math.min(12, Math.floor(width / cols)));
      const rects = this.add.blitter(0, 0, 'bare');
      for (let i = 0; i < drawn.staticBobs; i++) {
        const b = rects.create((i % cols) * pitch, Math.floor(i / cols) * pitch, 'rect');
        b.tint = 0x009e73;
      }
      for (let i = 0; i < drawn.graphics; i++) {
        this.add.graphics().lineStyle(2, 0xf0e442, 1).strokeRect(40 + i * 8, 40 + i * 8, 120, 60);
      }
      for (let i = 0; i < drawn.texts; i++) {
        this.add.text((i * 157) % width, 20 + ((i * 61) % (height - 40)), `${(i + 1) * 170} req/s`, { fontFamily: FONT, fontSize: '10px', color: '#ffffff' }).setTint(0xb8c4d6);
      }
      if (drawn.bitmapTexts > 0) makeLabelFont(this, 'bare-labels', 10);
      for (let i = 0; i < drawn.bitmapTexts; i++) {
        this.add.bitmapText((i * 193) % width, 30 + ((i * 47) % (height - 60)), 'bare-labels', `${(i + 1) * 1300} req/s`, 10).setTint(0xb8c4d6);
      }
      const dots = this.add.blitter(0, 0, 'bare');
      for (let i = 0; i < drawn.movingBobs; i++) {
        this.dots.push(dots.create(Phaser.Math.RND.between(0, width), Phaser.Math.RND.between(0, height), 'dot'));
        this.vx[i] = Phaser.Math.RND.realInRange(-120, 120);
        this.vy[i] = Phaser.Math.RND.realInRange(40, 200);
      }
    }

    override update(_time: number, delta: number): void {
      const dt = delta / 1000;
      const { width, height } = this.scale;
      for (let i = 0; i < this.dots.length; i++) {
        const d = this.dots[i]!;
        d.x += this.vx[i]! * dt;
        d.y += this.vy[i]! * dt;
        if (d.y > height) d.y = 0;
        if (d.x < 0) d.x = width;
        else if (d.x > width) d.x = 0;
      }
    }
  }
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: container,
    backgroundColor: '#121821',
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true, powerPreference: 'low-power' },
    scale: { mode: Phaser.Scale.RESIZE, parent: container, width: Math.max(1, container.clientWidth), height: Math.max(1, container.clientHeight) },
    scene: new Bare({ key: 'bare' }),
  });
  return { game, dispose: () => game.destroy(true) };
}
