/**
 * The client benchmark page (built only by `npm run bench`): mounts either the real board on a
 * synthetic estate of N instances at full traffic, or the bare-Phaser baseline drawing the same
 * number of objects, and exposes a frame counter for the harness (scripts/benchClient.ts).
 */
import { GameSession } from '../src/runtime/session';
import { loadBoard } from '../src/view/board/loadBoard';
import { benchScenario } from '../scripts/benchScenario';

declare global {
  interface Window {
    __bench?: { frames: () => number; ready: boolean };
  }
}

const params = new URLSearchParams(location.search);
const count = Number(params.get('instances') ?? '300');
const mode = params.get('mode') ?? 'board';
const container = document.getElementById('board')!;

async function start(): Promise<void> {
  let frames = 0;
  if (mode === 'bare') {
    const { mountBareScene } = await import('../src/view/board/bareScene');
    mountBareScene(container, count);
  } else {
    // Full traffic: demand at the fleet's capacity, sessions in a store, one step of sim per frame.
    // Not paused, so the board draws traffic particles as in play; the bench steps the simulation
    // itself (one tick per frame) instead of starting the session's real-time loop.
    const session = new GameSession({ scenario: benchScenario(count, 86_400), seed: 1, paused: false });
    session.advance(120);
    const mount = await loadBoard();
    const board = mount({ container, session, onSelect: () => undefined, reducedMotion: false });
    const tick = () => {
      session.advance(1);
      board.update();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  const count$ = () => {
    frames++;
    requestAnimationFrame(count$);
  };
  requestAnimationFrame(count$);
  window.__bench = { frames: () => frames, ready: true };
}

void start();
