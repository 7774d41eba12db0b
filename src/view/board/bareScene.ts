import Phaser from 'phaser';

export interface BareScene {
  game: Phaser.Game;
  dispose(): void;
}

/**
 * The "bare Phaser" baseline for the board benchmark: `count` plain rectangles in a grid and `count`
 * particles moving across them, in one Blitter each, with no game logic — what the board would cost
 * if it did nothing but draw. Same renderer settings as the real board.
 */
export function mountBareScene(container: HTMLElement, count: number): BareScene {
  class Bare extends Phaser.Scene {
    private dots: Phaser.GameObjects.Bob[] = [];
    private vx = new Float32Array(count);
    private vy = new Float32Array(count);

    create(): void {
      const g = this.add.graphics();
      g.fillStyle(0xffffff, 1);
      g.fillRect(0, 0, 10, 10);
      g.fillCircle(15, 3, 3);
      g.generateTexture('bare', 20, 10);
      g.destroy();
      const tex = this.textures.get('bare');
      tex.add('rect', 0, 0, 0, 10, 10);
      tex.add('dot', 0, 12, 0, 6, 6);
      const { width, height } = this.scale;
      const cols = Math.max(1, Math.ceil(Math.sqrt((count * width) / Math.max(1, height))));
      const pitch = Math.max(2, Math.min(12, Math.floor(width / cols)));
      const rects = this.add.blitter(0, 0, 'bare');
      for (let i = 0; i < count; i++) {
        const b = rects.create((i % cols) * pitch, Math.floor(i / cols) * pitch, 'rect');
        b.tint = 0x009e73;
      }
      const dots = this.add.blitter(0, 0, 'bare');
      for (let i = 0; i < count; i++) {
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
    scale: { mode: Phaser.Scale.RESIZE, parent: container, width: Math.max(1, container.clientWidth), height: Math.max(1, container.clientHeight) },
    scene: new Bare({ key: 'bare' }),
  });
  return { game, dispose: () => game.destroy(true) };
}
