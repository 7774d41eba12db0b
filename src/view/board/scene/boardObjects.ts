import Phaser from 'phaser';
import { InstanceTiles } from './instanceTiles';
import { TextPool } from './textPool';
import { TrafficParticles } from './trafficParticles';

/** Most request particles alive at once: enough to read the flow, bounded for the frame budget. */
export const MAX_PARTICLES = 400;

/** Every game object on the board, created once per board and reused for its whole life. */
export interface BoardObjects {
  board: Phaser.GameObjects.Layer;
  ui: Phaser.GameObjects.Layer;
  uiCamera: Phaser.Cameras.Scene2D.Camera;
  statics: Phaser.GameObjects.Graphics;
  staticNames: TextPool;
  staticSmall: TextPool;
  legendGlyphs: TextPool;
  legendWords: TextPool;
  flow: Phaser.GameObjects.Graphics;
  flowLabels: TextPool;
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
  buttons: Phaser.GameObjects.Graphics;
  buttonLabels: TextPool;
  tooltip: Phaser.GameObjects.Graphics;
  tooltipText: TextPool;
}

/**
 * Creates the board's objects in draw order (bottom to top): chrome, flows, tiles, status, fault
 * shade, badges, fault pills, particles, selection. The board layer zooms and pans with the main
 * camera; the UI layer (zoom buttons, tooltip) is drawn by a second camera that never moves.
 */
export function createBoardObjects(scene: Phaser.Scene, atlasKey: string): BoardObjects {
  const add = scene.add;
  const board = add.layer();
  const ui = add.layer();
  const inBoard = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
    board.add(o);
    return o;
  };
  const inUi = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
    ui.add(o);
    return o;
  };
  const text = (layer: Phaser.GameObjects.Layer, size: number, bold = false) => new TextPool(scene, layer, { size, bold });

  const statics = inBoard(add.graphics());
  const staticNames = text(board, 13, true);
  const staticSmall = text(board, 10);
  const legendGlyphs = text(board, 11, true);
  const legendWords = text(board, 10);
  const flow = inBoard(add.graphics());
  const flowLabels = text(board, 10);
  const tileBlitter = inBoard(add.blitter(0, 0, atlasKey));
  const tileLabels = text(board, 10);
  const status = inBoard(add.graphics());
  const statusText = text(board, 12, true);
  const statusSmall = text(board, 10);
  const shade = inBoard(add.graphics());
  const badges = inBoard(add.blitter(0, 0, atlasKey));
  const pills = inBoard(add.graphics());
  const pillText = text(board, 11, true);
  const pillSmall = text(board, 10);
  const particleBlitter = inBoard(add.blitter(0, 0, atlasKey));
  const selection = inBoard(add.graphics());
  const buttons = inUi(add.graphics());
  const buttonLabels = text(ui, 15, true);
  const tooltip = inUi(add.graphics());
  const tooltipText = text(ui, 12);

  const uiCamera = scene.cameras.add(0, 0, scene.scale.width, scene.scale.height, false, 'ui');
  scene.cameras.main.ignore(ui);
  uiCamera.ignore(board);

  return {
    board,
    ui,
    uiCamera,
    statics,
    staticNames,
    staticSmall,
    legendGlyphs,
    legendWords,
    flow,
    flowLabels,
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
    buttons,
    buttonLabels,
    tooltip,
    tooltipText,
  };
}
