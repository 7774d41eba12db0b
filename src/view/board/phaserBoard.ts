import Phaser from 'phaser';
import type { Board, BoardOptions } from './boardApi';
import { nullBoard } from './loadBoard';
import { BoardScene } from './scene/boardScene';
import { INK, css } from './look/palette';
import { h } from '../dom/h';

/**
 * Mounts the Phaser scenario board in `container`. The canvas is an image to assistive technology
 * (the estate list is its accessible twin); the zoom buttons and the hover tooltip are page markup
 * over it, so they need no second camera and the buttons work from the keyboard. The canvas follows
 * the container's size at the device's pixel ratio (see canvasSize). Falls back to the null board
 * when Phaser cannot start.
 */
export function phaserBoard(options: BoardOptions): Board {
  const { container, session, onSelect, reducedMotion } = options;
  // Phaser 4 has no `resolution` setting and its RESIZE mode sizes the canvas in CSS pixels, which a
  // HiDPI screen upscales (blurred). So the game is sized in device pixels and shown at CSS size
  // (Scale NONE, zoom 1 / ratio); the scene draws the board in board units through a camera zoomed
  // by the ratio, and Phaser's input maps pointers to canvas pixels by the same ratio.
  let size = canvasSize(container);
  let disposed = false;
  let game: Phaser.Game | null = null;
  let failed = false;
  const tooltip = h('div', { class: 'board-tooltip', 'aria-hidden': 'true' });
  tooltip.hidden = true;
  const zoom = h(
    'div',
    { class: 'board-zoom', role: 'toolbar', 'aria-label': 'Board zoom' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (or the mouse wheel, or pinch)', onclick: () => scene.zoomBy(1) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out', onclick: () => scene.zoomBy(-1) }, '−'),
    h('button', { type: 'button', 'aria-label': 'Fit the board to the view', title: 'Fit the board to the view (or double-click it)', onclick: () => scene.fit() }, 'fit'),
  );
  const scene = new BoardScene({ session, onSelect, reducedMotion, tooltip, presenter: options.presenter ?? false, deviceScale: () => size.ratio });
  const styleCanvas = () => {
    const c = game?.canvas;
    if (!c) return;
    c.setAttribute('role', 'img');
    c.setAttribute('aria-label', 'The estate board: see the estate list for the same information');
    // Out of the flow, so the canvas never props its container open and can shrink with it too;
    // exactly the container's CSS size, whatever Phaser rounded (its backing store is device pixels).
    Object.assign(c.style, { position: 'absolute', left: '0', top: '0', display: 'block', touchAction: 'none', width: `${size.cssWidth}px`, height: `${size.cssHeight}px` });
  };
  /**
   * Starts Phaser at the container's settled size. Started while the play screen was still being
   * built (detached, 1×1) it resized its WebGL canvas three times on the way to the real size, each a
   * 100–180 ms task in software WebGL (issue 12): so it waits for the first layout, then one frame
   * more for what sits above the board (fitToFold) to settle.
   */
  const start = () => {
    if (game || failed || disposed) return;
    size = canvasSize(container);
    try {
      game = new Phaser.Game({
        type: Phaser.AUTO,
        parent: container,
        backgroundColor: css(INK.background),
        banner: false,
        // Howler owns the only AudioContext.
        audio: { noAudio: true },
        // Keys belong to the page (the play screen's shortcuts); two pointers allow a pinch.
        input: { keyboard: false, gamepad: false, activePointers: 2 },
        disableContextMenu: true,
        scale: { mode: Phaser.Scale.NONE, parent: container, width: size.width, height: size.height, zoom: 1 / size.ratio },
        // One texture per batch: Phaser 4 compiles a shader for each number of textures a batch
        // happens to hold, on the main thread, the first time it occurs (a fault's new labels made
        // batches of 2 and 9: two compiles, 130–150 ms each in software WebGL, mid-game). The board
        // draws a few dozen batches a frame at most, and only when something changed.
        render: { antialias: true, powerPreference: 'low-power', maxTextures: 1 },
        scene,
        callbacks: {
          // Render on demand: a frame in which nothing visible changed skips drawing (the canvas keeps
          // the last frame) but still runs input, resize checks and the scene update. Software WebGL
          // pays for every drawn frame on the main thread, and a paused game should cost nothing.
          postBoot: (g) => {
            const draw = g.step.bind(g);
            g.step = (time: number, delta: number) => (scene.wantsRender() ? draw(time, delta) : g.headlessStep(time, delta));
          },
        },
      });
    } catch {
      failed = true;
      nullBoard(options);
      return;
    }
    const started = game;
    started.events.once(Phaser.Core.Events.READY, () => {
      styleCanvas();
      container.append(tooltip, zoom);
    });
    // Free the WebGL context at once: browsers allow only a few, and every restart mounts a new board.
    started.events.once(Phaser.Core.Events.DESTROY, () => {
      const renderer = started.renderer as Phaser.Renderer.WebGL.WebGLRenderer | null;
      renderer?.gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
  };
  let startFrame = 0;
  // Follow the container as it changes size, and the pixel ratio as it changes (browser zoom, a
  // window moved to another screen). The first time it has a size, start the board a frame later.
  const follow = () => {
    if (!game) {
      if (!startFrame && container.isConnected && container.clientWidth > 0 && container.clientHeight > 0) startFrame = requestAnimationFrame(start);
      return;
    }
    const next = canvasSize(container);
    if (next.width === size.width && next.height === size.height && next.ratio === size.ratio && next.cssWidth === size.cssWidth && next.cssHeight === size.cssHeight) return;
    size = next;
    const scale = game.scale;
    if (!scale || !game.canvas) return;
    scale.zoom = 1 / size.ratio;
    scale.resize(size.width, size.height);
    styleCanvas();
  };
  const observer = new ResizeObserver(follow);
  observer.observe(container);
  // A ratio change with no change of CSS size (zooming the page back and forth) resizes nothing.
  const ratioQuery = () => matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
  let ratioWatch = ratioQuery();
  const ratioChanged = () => {
    ratioWatch.removeEventListener('change', ratioChanged);
    ratioWatch = ratioQuery();
    ratioWatch.addEventListener('change', ratioChanged);
    follow();
  };
  ratioWatch.addEventListener('change', ratioChanged);
  let probed = '';
  return {
    update() {
      if (disposed) return;
      scene.sync();
      // What the board shows, on its element for end-to-end tests (label size on screen, zoom, focus).
      const p = scene.probe();
      const text = p ? `${p.smallestLabelPx.toFixed(1)}|${p.zoom.toFixed(3)}|${Math.round(p.focus.x)},${Math.round(p.focus.y)}` : '';
      if (p && text !== probed) {
        probed = text;
        Object.assign(container.dataset, { smallestLabelPx: p.smallestLabelPx.toFixed(1), zoom: p.zoom.toFixed(3), focus: `${Math.round(p.focus.x)},${Math.round(p.focus.y)}` });
      }
    },
    select(sel) {
      scene.setSelection(sel);
    },
    drawn: () => scene.drawnObjects(),
    dispose() {
      if (disposed) return;
      disposed = true;
      observer.disconnect();
      ratioWatch.removeEventListener('change', ratioChanged);
      scene.detach();
      tooltip.remove();
      zoom.remove();
      cancelAnimationFrame(startFrame);
      game?.destroy(true);
    },
  };
}

/** The canvas's backing store in device pixels for the container's CSS size, and the ratio between them. */
function canvasSize(container: HTMLElement): { width: number; height: number; cssWidth: number; cssHeight: number; ratio: number } {
  const ratio = Math.max(1, window.devicePixelRatio || 1);
  const cssWidth = Math.max(1, container.clientWidth);
  const cssHeight = Math.max(1, container.clientHeight);
  return { width: Math.round(cssWidth * ratio), height: Math.round(cssHeight * ratio), cssWidth, cssHeight, ratio };
}
