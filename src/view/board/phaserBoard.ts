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
 * the container's size (Scale RESIZE). Falls back to the null board when Phaser cannot start.
 */
export function phaserBoard(options: BoardOptions): Board {
  const { container, session, onSelect, reducedMotion } = options;
  let scene: BoardScene;
  let game: Phaser.Game;
  const tooltip = h('div', { class: 'board-tooltip', 'aria-hidden': 'true' });
  tooltip.hidden = true;
  const zoom = h(
    'div',
    { class: 'board-zoom', role: 'toolbar', 'aria-label': 'Board zoom' },
    h('button', { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (or the mouse wheel, or pinch)', onclick: () => scene.zoomBy(1) }, '+'),
    h('button', { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out', onclick: () => scene.zoomBy(-1) }, '−'),
    h('button', { type: 'button', 'aria-label': 'Fit the board to the view', title: 'Fit the board to the view (or double-click it)', onclick: () => scene.fit() }, 'fit'),
  );
  try {
    scene = new BoardScene({ session, onSelect, reducedMotion, tooltip });
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
      scale: { mode: Phaser.Scale.RESIZE, parent: container, width: Math.max(1, container.clientWidth), height: Math.max(1, container.clientHeight) },
      render: { antialias: true, powerPreference: 'low-power' },
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
    return nullBoard(options);
  }
  const styleCanvas = () => {
    const c = game.canvas;
    if (!c) return;
    c.setAttribute('role', 'img');
    c.setAttribute('aria-label', 'The estate board: see the estate list for the same information');
    // Out of the flow, so the canvas never props its container open and RESIZE can shrink it too.
    Object.assign(c.style, { position: 'absolute', left: '0', top: '0', display: 'block', touchAction: 'none' });
  };
  game.events.once(Phaser.Core.Events.READY, () => {
    styleCanvas();
    container.append(tooltip, zoom);
  });
  // The play screen builds its DOM before attaching it: follow the container as it gets (and changes)
  // size at once, rather than at Phaser's next poll. Measure first: refresh() alone reuses the last
  // measured parent size, and its own re-measure afterwards would hide the change from the poll.
  const observer = new ResizeObserver(() => {
    const scale = game.scale;
    if (scale?.getParentBounds()) scale.refresh();
  });
  observer.observe(container);
  // Free the WebGL context at once: browsers allow only a few, and every restart mounts a new board.
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    const renderer = game.renderer as Phaser.Renderer.WebGL.WebGLRenderer | null;
    renderer?.gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  let disposed = false;
  return {
    update() {
      if (!disposed) scene.sync();
    },
    select(sel) {
      scene.setSelection(sel);
    },
    drawn: () => scene.drawnObjects(),
    dispose() {
      if (disposed) return;
      disposed = true;
      observer.disconnect();
      scene.detach();
      tooltip.remove();
      zoom.remove();
      game.destroy(true);
    },
  };
}
