import type Phaser from 'phaser';
import { FONT } from './textPool';

/** The characters the live labels use: printable ASCII and the board's few symbols. */
const CHARSET = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '→', '✖', '·', '…', '⇄'];

/** Glyphs are drawn at this many texels per pixel of the label size, so they stay sharp zoomed in. */
const SUPERSAMPLE = 2;

/**
 * Makes a bitmap font of the board's own typeface (system UI) at `size` px, drawn once into a
 * canvas texture and registered as `key`. Numbers that change every second (requests per second)
 * then cost a few quads instead of rasterising canvas text and uploading a texture each time.
 */
export function makeLabelFont(scene: Phaser.Scene, key: string, size: number): void {
  if (scene.cache.bitmapFont.exists(key)) return;
  const px = size * SUPERSAMPLE;
  const font = `${px}px ${FONT}`;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font;
  const metrics = measure.measureText('Mg|(→✖');
  const ascent = Math.ceil(metrics.fontBoundingBoxAscent ?? metrics.actualBoundingBoxAscent);
  const descent = Math.ceil(metrics.fontBoundingBoxDescent ?? metrics.actualBoundingBoxDescent);
  const lineHeight = ascent + descent;
  const pad = 2;
  const cells = CHARSET.map((ch) => ({ ch, advance: measure.measureText(ch).width }));
  // Lay the glyphs out in rows of a square-ish atlas.
  const width = 512;
  let x = 0;
  let y = 0;
  const placed = cells.map((c) => {
    const w = Math.ceil(c.advance) + 2 * pad;
    if (x + w > width) {
      x = 0;
      y += lineHeight + pad;
    }
    const at = { ...c, x, y, w };
    x += w;
    return at;
  });
  const height = y + lineHeight + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // A canvas kept in main memory: Phaser's CanvasTexture reads the whole canvas back once
  // (getImageData), and from a GPU canvas that read-back took 130–165 ms in software WebGL (issue 12).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.font = font;
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'alphabetic';
  for (const p of placed) ctx.fillText(p.ch, p.x + pad, p.y + ascent);
  scene.textures.addCanvas(key, canvas);
  // Phaser's bitmap font data, as its XML parser builds it (v runs bottom-up in Phaser 4's textures).
  const chars: Record<number, unknown> = {};
  for (const p of placed) {
    chars[p.ch.charCodeAt(0)] = {
      x: p.x,
      y: p.y,
      width: p.w,
      height: lineHeight,
      centerX: Math.floor(p.w / 2),
      centerY: Math.floor(lineHeight / 2),
      xOffset: -pad,
      yOffset: 0,
      xAdvance: Math.round(p.advance),
      data: {},
      kerning: {},
      u0: p.x / width,
      v0: 1 - p.y / height,
      u1: (p.x + p.w) / width,
      v1: 1 - (p.y + lineHeight) / height,
    };
  }
  scene.cache.bitmapFont.add(key, { data: { font: key, size: px, lineHeight, chars }, texture: key, frame: null, fromAtlas: false });
}
