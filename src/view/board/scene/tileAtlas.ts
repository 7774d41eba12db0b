import Phaser from 'phaser';
import type { TileGrid } from '../layout/tileGrid';
import { BADGES, BAR_STEPS, TILE_KEYS, TILE_STYLE, tileFrame, type Badge, type Icon } from '../../services/instance/tileLook';
import { css, INK, OKABE_ITO } from '../look/palette';
import { FONT } from './textPool';

/** Where the utilisation bar sits inside a tile of edge `size`. */
export function barGeometry(size: number): { x: number; y: number; w: number; h: number } {
  const h = Math.max(2, Math.round(size * 0.15));
  const inset = Math.max(1, Math.round(size * 0.12));
  return { x: inset, y: size - inset - h, w: size - 2 * inset, h };
}

export const PARTICLE_FRAME = 'dot';
export const PARTICLE_SIZE = 6;
/**
 * The particle dot fading out, brightest first (PARTICLE_FRAME is the first). A particle fades by
 * changing frame, not by Bob alpha: a fractional alpha on some Bobs slows Phaser's Blitter loop
 * for every Bob (measured in the board benchmark), a frame change costs nothing.
 */
export const PARTICLE_FADE_FRAMES = [PARTICLE_FRAME, 'dot-3', 'dot-2', 'dot-1'] as const;

/**
 * One canvas texture holding every tile look at the current tile size (drawn `density` texels per
 * board unit: the canvas's pixels per unit, so tiles are as sharp as the labels): each state (plain and spot),
 * each utilisation bar length, each badge and the particle dot. Drawn once per tile size with the
 * 2D canvas (shapes and the short labels), so 1,000 tiles are 1,000 batched quads of one texture.
 */
export function buildTileAtlas(scene: Phaser.Scene, grid: TileGrid, key: string, density = 1): string {
  const s = grid.size;
  const q = Math.max(1, density);
  const cell = Math.ceil((s + 2) * q);
  const frames: [string, number, number, (ctx: CanvasRenderingContext2D) => void][] = [];
  for (const k of TILE_KEYS) for (const spot of [false, true]) frames.push([tileFrame(k, spot), s, s, (c) => drawTile(c, s, k, spot)]);
  for (const b of BADGES) frames.push([b, s, s, (c) => drawBadge(c, s, b)]);
  const bar = barGeometry(s);
  for (let i = 1; i <= BAR_STEPS; i++) {
    const w = Math.max(1, Math.round((bar.w * i) / BAR_STEPS));
    frames.push([`bar-${i}`, w, bar.h, (c) => c.fillRect(0, 0, w, bar.h)]);
  }
  PARTICLE_FADE_FRAMES.forEach((name, i) => {
    const opacity = 1 - i / PARTICLE_FADE_FRAMES.length;
    frames.push([name, PARTICLE_SIZE, PARTICLE_SIZE, (c) => ((c.globalAlpha = opacity), drawDot(c))]);
  });

  const perRow = 8;
  const width = perRow * cell;
  const height = Math.ceil(frames.length / perRow) * cell;
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const tex = scene.textures.createCanvas(key, width, height);
  if (!tex) throw new Error(`could not create the tile atlas ${key}`);
  const ctx = tex.getContext();
  ctx.clearRect(0, 0, width, height);
  frames.forEach(([name, w, h, draw], i) => {
    const x = (i % perRow) * cell + 1;
    const y = Math.floor(i / perRow) * cell + 1;
    ctx.save();
    ctx.translate(x, y);
    ctx.scale(q, q);
    ctx.fillStyle = '#ffffff';
    draw(ctx);
    ctx.restore();
    const frame = tex.add(name, 0, x, y, Math.round(w * q), Math.round(h * q));
    // Drawn `density` texels per board unit, shown at its size in board units: a Blitter draws a
    // Bob at its frame's width and height, and samples the frame's cut (the texels) into it.
    if (frame) {
      frame.width = w;
      frame.height = h;
    }
  });
  tex.refresh();
  return key;
}

function roundRectPath(c: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
}

function drawTile(c: CanvasRenderingContext2D, s: number, key: (typeof TILE_KEYS)[number], spot: boolean): void {
  const style = TILE_STYLE[key];
  const r = Math.max(1, Math.round(s * 0.18));
  const ink = style.fill === null ? css(INK.grey) : css(INK.dark);
  if (style.fill !== null) {
    roundRectPath(c, 0, 0, s, s, r);
    c.fillStyle = css(style.fill);
    c.fill();
    if (style.stroke !== style.fill) {
      c.lineWidth = Math.max(1, s * 0.08);
      c.strokeStyle = css(style.stroke);
      roundRectPath(c, c.lineWidth / 2, c.lineWidth / 2, s - c.lineWidth, s - c.lineWidth, r);
      c.stroke();
    }
  } else {
    c.lineWidth = Math.max(1, Math.round(s * 0.06));
    c.setLineDash(s >= 14 ? [Math.max(2, s * 0.12), Math.max(2, s * 0.08)] : []);
    c.strokeStyle = css(style.stroke);
    roundRectPath(c, c.lineWidth / 2, c.lineWidth / 2, s - c.lineWidth, s - c.lineWidth, r);
    c.stroke();
    c.setLineDash([]);
  }
  if (spot) {
    const k = Math.max(4, Math.round(s * 0.4));
    c.save();
    roundRectPath(c, 0, 0, s, s, r);
    c.clip();
    c.beginPath();
    c.moveTo(s - k, 0);
    c.lineTo(s, 0);
    c.lineTo(s, k);
    c.closePath();
    c.fillStyle = css(OKABE_ITO.yellow);
    c.fill();
    if (s >= 22) {
      c.fillStyle = css(INK.dark);
      c.font = `bold ${Math.round(k * 0.5)}px ${FONT}`;
      c.textAlign = 'center';
      c.textBaseline = 'middle';
      c.fillText('S', s - k * 0.3, k * 0.32);
    }
    c.restore();
  }
  const bar = barGeometry(s);
  if (key !== 'terminated') {
    c.fillStyle = 'rgba(8, 12, 18, 0.6)';
    c.fillRect(bar.x, bar.y, bar.w, bar.h);
  }
  const withLabel = s >= 26;
  const top = Math.max(1, s * 0.08);
  const iconBottom = withLabel ? bar.y - Math.round(s * 0.3) : bar.y - 1;
  const iconR = Math.max(1.5, Math.min((iconBottom - top) / 2 - 0.5, s * 0.22));
  const cx = spot && s < 22 ? s * 0.42 : s / 2;
  drawIcon(c, style.icon, cx, top + (iconBottom - top) / 2, iconR, ink);
  if (withLabel) {
    c.fillStyle = ink;
    c.font = `bold ${Math.max(7, Math.round(s * 0.22))}px ${FONT}`;
    c.textAlign = 'center';
    c.textBaseline = 'alphabetic';
    c.fillText(style.label, s / 2, bar.y - Math.max(2, s * 0.06), s - 4);
  }
}

function drawIcon(c: CanvasRenderingContext2D, icon: Icon, x: number, y: number, r: number, ink: string): void {
  c.fillStyle = ink;
  c.strokeStyle = ink;
  c.lineWidth = Math.max(1, r * 0.32);
  c.lineCap = 'round';
  const ring = () => {
    c.beginPath();
    c.arc(x, y, r - c.lineWidth / 2, 0, Math.PI * 2);
    c.stroke();
  };
  const sector = (from: number, to: number) => {
    c.beginPath();
    c.moveTo(x, y);
    c.arc(x, y, r, from, to);
    c.closePath();
    c.fill();
  };
  switch (icon) {
    case 'dot':
      c.beginPath();
      c.arc(x, y, r, 0, Math.PI * 2);
      c.fill();
      return;
    case 'ring':
      ring();
      return;
    case 'quarter':
      ring();
      sector(-Math.PI / 2, 0);
      return;
    case 'half':
      ring();
      sector(-Math.PI / 2, Math.PI / 2);
      return;
    case 'dotted':
      c.setLineDash([Math.max(1, r * 0.5), Math.max(1, r * 0.45)]);
      ring();
      c.setLineDash([]);
      return;
    case 'cycle': {
      const rr = r - c.lineWidth / 2;
      c.beginPath();
      c.arc(x, y, rr, -Math.PI * 0.35, Math.PI * 1.35);
      c.stroke();
      const ax = x + rr * Math.cos(-Math.PI * 0.35);
      const ay = y + rr * Math.sin(-Math.PI * 0.35);
      const a = Math.max(2, r * 0.55);
      c.beginPath();
      c.moveTo(ax + a * 0.2, ay - a);
      c.lineTo(ax + a * 0.5, ay + a * 0.3);
      c.lineTo(ax - a * 0.8, ay + a * 0.2);
      c.closePath();
      c.fill();
      return;
    }
    case 'cross': {
      const d = r * 0.75;
      c.beginPath();
      c.moveTo(x - d, y - d);
      c.lineTo(x + d, y + d);
      c.moveTo(x + d, y - d);
      c.lineTo(x - d, y + d);
      c.stroke();
      return;
    }
  }
}

function drawBadge(c: CanvasRenderingContext2D, s: number, badge: Badge): void {
  const r = Math.max(1, Math.round(s * 0.18));
  const lw = Math.max(1, Math.round(s * 0.09));
  const colour = badge === 'undetected' ? OKABE_ITO.vermillion : badge === 'reclaim' ? OKABE_ITO.yellow : OKABE_ITO.purple;
  if (badge === 'undetected') {
    // Hatching: "this one is dead", drawn over whatever state the tile shows.
    c.save();
    roundRectPath(c, 0, 0, s, s, r);
    c.clip();
    c.strokeStyle = css(OKABE_ITO.vermillion);
    c.globalAlpha = 0.75;
    c.lineWidth = Math.max(1, s * 0.06);
    const step = Math.max(3, s * 0.22);
    c.beginPath();
    for (let d = -s; d < s * 2; d += step) {
      c.moveTo(d, s);
      c.lineTo(d + s, 0);
    }
    c.stroke();
    c.restore();
    c.globalAlpha = 1;
  }
  c.lineWidth = lw;
  c.strokeStyle = css(colour);
  if (badge === 'reclaim') c.setLineDash([Math.max(2, s * 0.15), Math.max(2, s * 0.1)]);
  roundRectPath(c, lw / 2, lw / 2, s - lw, s - lw, r);
  c.stroke();
  c.setLineDash([]);
  if (s < 12) return;
  // The marker: "!" (not yet detected), a clock (spot reclaim notice), "≈" (slow, grey failure).
  const br = Math.max(4, Math.round(s * 0.17));
  const bx = br;
  const by = br;
  c.beginPath();
  c.arc(bx, by, br, 0, Math.PI * 2);
  c.fillStyle = css(badge === 'undetected' ? OKABE_ITO.yellow : colour);
  c.fill();
  c.lineWidth = 1;
  c.strokeStyle = css(INK.dark);
  c.stroke();
  c.fillStyle = css(INK.dark);
  c.strokeStyle = css(INK.dark);
  if (badge === 'reclaim') {
    c.lineWidth = Math.max(1, br * 0.25);
    c.beginPath();
    c.moveTo(bx, by - br * 0.6);
    c.lineTo(bx, by);
    c.lineTo(bx + br * 0.5, by);
    c.stroke();
    return;
  }
  c.font = `bold ${Math.round(br * 1.6)}px ${FONT}`;
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  c.fillText(badge === 'undetected' ? '!' : '≈', bx, by + br * 0.08);
}

function drawDot(c: CanvasRenderingContext2D): void {
  const r = PARTICLE_SIZE / 2;
  const g = c.createRadialGradient(r, r, 0, r, r, r);
  g.addColorStop(0, 'rgba(255,255,255,1)');
  g.addColorStop(0.6, 'rgba(255,255,255,0.9)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  c.fillStyle = g;
  c.fillRect(0, 0, PARTICLE_SIZE, PARTICLE_SIZE);
}
