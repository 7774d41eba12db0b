import Phaser from 'phaser';
import { BitmapLabels } from './bitmapLabels';
import { CachedGraphics } from './cachedGraphics';
import { InstanceTiles } from './instanceTiles';
import { TextPool, type DisplayHost, type TextHost } from './textPool';
import { SMALLEST_LABEL } from '../layout/boardScale';
import { TrafficParticles } from './trafficParticles';

/** Most request particles alive at once: enough to read the flow, bounded for the frame budget. */
export const MAX_PARTICLES = 400;

/** Every game object on the board, created once per board and reused for its whole life. */
export interface BoardObjects {
  /** The scene's display list, which the main camera draws (no Layer: one less pass per frame). */
  board: DisplayHost;
  statics: Phaser.GameObjects.Graphics;
  staticNames: TextPool;
  staticSmall: TextPool;
  legendGlyphs: TextPool;
  legendWords: TextPool;
  flow: Phaser.GameObjects.Graphics;
  flowLabels: BitmapLabels;
  /** Each load balancer's "n/m healthy", live over the cached status layer. */
  lbSummaries: BitmapLabels;
  /** Each service chip's figure (a backlog's size), live over the cached status layer. */
  chipFigures: BitmapLabels;
  tileBlitter: Phaser.GameObjects.Blitter;
  tiles: InstanceTiles;
  status: Phaser.GameObjects.Graphics;
  statusText: TextPool;
  statusSmall: TextPool;
  shade: Phaser.GameObjects.Graphics;
  badges: Phaser.GameObjects.Blitter;
  pills: Phaser.GameObjects.Graphics;
  pillText: TextPool;
  pillSmall: TextPool;
  particleBlitter: Phaser.GameObjects.Blitter;
  particles: TrafficParticles;
  selection: Phaser.GameObjects.Graphics;
  /** Chrome, flow lines and status, drawn through one texture refreshed when redrawn or when the camera moves. */
  chrome: CachedGraphics;
  /** Every label pool, to rasterise them at the canvas's pixels per board unit. */
  pools: TextPool[];
}

/**
 * Creates the board's objects in draw order (bottom to top): chrome, flows, status, fault shade and
 * their labels (one cached texture), tiles, badges, fault pills, particles, selection, then the live
 * labels (flow rates, fault pills), whose Texts join the display list (on top) as they are made.
 * One camera draws it all; what must not zoom (the zoom buttons, the tooltip) is page markup over
 * the canvas (phaserBoard), which costs no second camera pass and is real buttons for the keyboard.
 */
export function createBoardObjects(scene: Phaser.Scene, atlasKey: string, deviceScale: () => number): BoardObjects {
  const add = scene.add;
  // `add` puts each object on the display list as it is made: the order below is the draw order.
  const board = scene.children;
  // Chrome, flows, status, the fault shade and their labels change rarely and never overlap the
  // tiles: one cached texture under the tiles shows them (labels last, so readable over a dark AZ).
  // The chrome (what moves only with the layout) is itself cached beneath it, so a status change
  // redraws the status alone. Tiles in a dark AZ are dimmed by tint (InstanceTiles.setDim).
  // Two texels per CSS pixel: a HiDPI canvas is supersampled enough already.
  const resolution = () => Math.max(1, 2 / deviceScale());
  const estate = new CachedGraphics(scene, { layer: null, count: 1, resolution });
  const chrome = new CachedGraphics(scene, { layer: board, count: 3, under: estate, resolution });
  const statics = estate.layers[0]!;
  const [flow, status, shade] = chrome.layers as [Phaser.GameObjects.Graphics, Phaser.GameObjects.Graphics, Phaser.GameObjects.Graphics];
  const pools: TextPool[] = [];
  const text = (host: TextHost, size: number, bold = false) => {
    const pool = new TextPool(scene, host, { size, bold });
    pools.push(pool);
    return pool;
  };
  const small = SMALLEST_LABEL;

  const staticNames = text(chrome, 13, true);
  const staticSmall = text(chrome, small);
  const legendGlyphs = text(chrome, 11, true);
  const legendWords = text(chrome, small);
  // Requests per second change every second: bitmap labels, not Texts rasterised anew each time.
  const flowLabels = new BitmapLabels(scene, board, small);
  const lbSummaries = new BitmapLabels(scene, board, small);
  const chipFigures = new BitmapLabels(scene, board, small);
  const tileBlitter = add.blitter(0, 0, atlasKey);
  const tileLabels = text(chrome, small);
  const statusText = text(chrome, 12, true);
  const statusSmall = text(chrome, small);
  const badges = add.blitter(0, 0, atlasKey);
  const pills = add.graphics();
  const pillText = text(board, 11, true);
  const pillSmall = text(board, small);
  const particleBlitter = add.blitter(0, 0, atlasKey);
  const selection = add.graphics();

  return {
    board,
    statics,
    staticNames,
    staticSmall,
    legendGlyphs,
    legendWords,
    flow,
    flowLabels,
    lbSummaries,
    chipFigures,
    tileBlitter,
    tiles: new InstanceTiles(tileBlitter, badges, tileLabels),
    status,
    statusText,
    statusSmall,
    shade,
    badges,
    pills,
    pillText,
    pillSmall,
    particleBlitter,
    particles: new TrafficParticles(particleBlitter, MAX_PARTICLES, () => Phaser.Math.RND.frac()),
    selection,
    chrome,
    pools,
  };
}
