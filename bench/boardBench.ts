/**
 * The client benchmark page (built only by `npm run bench`): mounts either the real board on a
 * synthetic estate of N instances at full traffic, or the bare-Phaser baseline drawing the same
 * objects the board drew (passed in the URL by the harness), and exposes counters for the harness
 * (scripts/benchClient.ts): frames drawn, milliseconds spent stepping the simulation, and what the
 * board is drawing.
 */
import { GameSession } from '../src/runtime/session';
import type { DrawnObjects } from '../src/view/board/boardApi';
import { loadBoard } from '../src/view/board/loadBoard';
import { benchScenario } from '../scripts/benchScenario';

declare global {
  interface Window {
    __bench?: { frames: () => number; simMs: () => number; drawn: () => DrawnObjects | null; ready: boolean };
  }
}

const params = new URLSearchParams(location.search);
const count = Number(params.get('instances') ?? '300');
const mode = params.get('mode') ?? 'board';
const container = document.getElementById('board')!;

async function start(): Promise<void> {
  let frames = 0;
  let simMs = 0;
  let drawn: () => DrawnObjects | null = () => null;
  let step = () => {};
  let update = () => {};
  if (mode === 'bare') {
    const { mountBareScene } = await import('../src/view/board/bareScene');
    const n = (k: keyof DrawnObjects) => Math.max(0, Math.floor(Number(params.get(k) ?? '0')));
    mountBareScene(container, { staticBobs: n('staticBobs'), movingBobs: n('movingBobs'), texts: n('texts'), bitmapTexts: n('bitmapTexts'), images: n('images'), graphics: n('graphics') });
  } else {
    // Full traffic: demand at about 60 % of the fleet's capacity, sessions in a store, faults firing.
    // One simulated second per frame is the game at 1× (60 simulated seconds a second at 60 fps).
    // Not paused, so the board draws traffic particles as in play; the bench steps the simulation
    // itself instead of starting the session's real-time loop, and times the steps, so the harness
    // can tell the simulation's share of each frame from the board's.
    const session = new GameSession({ scenario: benchScenario(count, 86_400), seed: 1, paused: false });
    session.advance(120);
    const mount = await loadBoard();
    const board = mount({ container, session, onSelect: () => undefined, reducedMotion: false });
    drawn = () => board.drawn();
    step = () => session.advance(1);
    update = () => board.update();
  }
  // The same frame loop on both pages (the bare one steps and updates nothing), so the harness's
  // own cost is the same on both sides.
  const tick = () => {
    const t0 = performance.now();
    step();
    simMs += performance.now() - t0;
    update();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const count$ = () => {
    frames++;
    requestAnimationFrame(count$);
  };
  requestAnimationFrame(count$);
  window.__bench = { frames: () => frames, simMs: () => simMs, drawn: () => drawn(), ready: true };
}

void start();
