import Phaser from 'phaser';
import type { DisplayHost, TextPool } from './textPool';

let seq = 0;

export interface CachedGraphicsOptions {
  /** Where the cache's Image is shown; null: nowhere (another cache draws it, as `under`). */
  layer: DisplayHost | null;
  /** How many Graphics it holds. */
  count: number;
  /**
   * A cache drawn first, beneath this one's Graphics: what changes less often (the estate's chrome
   * under its status). A change here re-renders only this texture, stamping `under` as one quad.
   */
  under?: CachedGraphics;
  /**
   * Texels per screen pixel. The texture has no multisampling, so curves and diagonals drawn into
   * it at 1 would be jagged where the live canvas smooths them; at 2 it is supersampled instead (and
   * filtered back down when shown). Labels need 1: their Texts are already rasterised per pixel.
   * Asked at each refresh, as the canvas's own pixel ratio can change.
   */
  resolution?: () => number;
}

/**
 * Graphics layers (and the labels over them) drawn once per change instead of once per frame.
 * Phaser re-tessellates every Graphics command (rounded corners, dashes, strokes) on every rendered
 * frame and allocates for it, though these layers change only when the estate, its state or the
 * view does. The Graphics stay off the display list; after one is redrawn (any `clear()`, or a
 * label pool's `end()`) or the camera moves, all of them are rendered in order, labels last, into a
 * view-sized texture through a camera matching the board's, and an Image in their place in the draw
 * order shows that texture one (or, supersampled, two) texels per screen pixel, so it is as sharp
 * as live Graphics at any zoom. The board shows one such full-view texture: a full-view quad is cheap on a GPU but not free
 * in software WebGL.
 */
export class CachedGraphics {
  /** Draw on these as on any Graphics (start with clear()); they are drawn in this order. */
  readonly layers: Phaser.GameObjects.Graphics[] = [];
  readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.DynamicTexture;
  /** Label pools drawn over the Graphics, in order (their Texts stay off the display list). */
  private readonly pools: TextPool[] = [];
  private readonly drawn: Phaser.GameObjects.GameObject[] = [];
  private dirty = true;
  private view = { x: NaN, y: NaN, zoom: NaN, w: 0, h: 0, tw: 0, th: 0 };
  private readonly maxSize: number;

  constructor(
    scene: Phaser.Scene,
    private readonly opts: CachedGraphicsOptions,
  ) {
    for (let i = 0; i < opts.count; i++) {
      const g = scene.make.graphics({}, false);
      const clear = g.clear.bind(g);
      g.clear = () => {
        this.dirty = true;
        return clear();
      };
      this.layers.push(g);
    }
    const renderer = scene.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    this.maxSize = typeof renderer.getMaxTextureSize === 'function' ? renderer.getMaxTextureSize() : 4096;
    seq += 1;
    const w = Math.max(1, Math.floor(scene.scale.width));
    const h = Math.max(1, Math.floor(scene.scale.height));
    this.texture = scene.textures.addDynamicTexture(`board-graphics-${seq}`, w, h)!;
    this.image = new Phaser.GameObjects.Image(scene, 0, 0, this.texture).setOrigin(0, 0).setVisible(false);
    opts.layer?.add(this.image);
  }

  adopt(pool: TextPool): void {
    this.pools.push(pool);
    this.dirty = true;
  }

  /** Something drawn changed (a pool's labels were redrawn). */
  invalidate(): void {
    this.dirty = true;
  }

  /** Brings the texture up to date with the Graphics and `camera` (call before drawing a frame). Returns whether it changed. */
  refresh(camera: Phaser.Cameras.Scene2D.Camera): boolean {
    const under = this.opts.under;
    if (under?.refresh(camera)) this.dirty = true;
    const v = this.view;
    const w = Math.max(1, Math.ceil(camera.width));
    const h = Math.max(1, Math.ceil(camera.height));
    const moved = camera.scrollX !== v.x || camera.scrollY !== v.y || camera.zoom !== v.zoom || w !== v.w || h !== v.h;
    if (!this.dirty && !moved) return false;
    this.dirty = false;
    v.x = camera.scrollX;
    v.y = camera.scrollY;
    v.zoom = camera.zoom;
    // Supersampled where the texture may be that large.
    const r = Math.max(1, Math.min(this.opts.resolution?.() ?? 1, this.maxSize / w, this.maxSize / h));
    const tw = Math.floor(w * r);
    const th = Math.floor(h * r);
    v.w = w;
    v.h = h;
    if (tw !== v.tw || th !== v.th) {
      v.tw = tw;
      v.th = th;
      this.texture.setSize(tw, th);
    }
    const drawn = this.drawn;
    drawn.length = 0;
    if (under?.image.visible) drawn.push(under.image);
    for (const g of this.layers) if (g.commandBuffer.length > 0) drawn.push(g);
    for (const p of this.pools) for (const t of p.shown) if (t.visible) drawn.push(t);
    this.image.setVisible(drawn.length > 0);
    if (drawn.length === 0) return true;
    // The texture shows the camera's view: its camera sees the same part of the world at the same
    // zoom times the resolution (both cameras zoom about their centres), and the Image covers that
    // part of the world, `resolution` texels per screen pixel.
    camera.preRender();
    const z = camera.zoom;
    const left = camera.worldView.x;
    const top = camera.worldView.y;
    const tz = z * (tw / w);
    const cam = this.texture.camera;
    cam.setZoom(tz);
    cam.setScroll(left - (tw / 2) * (1 - 1 / tz), top - (th / 2) * (1 - 1 / tz));
    this.image.setPosition(left, top).setScale(w / tw / z, h / th / z);
    this.texture.clear();
    this.texture.draw(drawn);
    this.texture.render();
    return true;
  }

  destroy(): void {
    this.image.destroy();
    for (const g of this.layers) g.destroy();
    this.texture.destroy();
  }
}
