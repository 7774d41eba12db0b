import type { GameSession } from '../../runtime/session';
import { type ScriptedCommand } from '../../sim';
import type { Board, BoardOptions } from '../board/boardApi';
import { commandWords } from '../commandWords';
import { h, setText } from '../dom/h';
import { formatAt, levelClock } from '../format';
import type { Selection } from '../services/selection';
import { compareAxes } from './comparison';
import { createCompactEstate } from './compactEstate';
import { liveFigures } from './liveFigures';
import { createMinimalHud } from './minimalHud';
import { coupleToPar } from './parRun';

export interface SideBySide {
  el: HTMLElement;
  update(): void;
  /** The player's selection, outlined on the player's board. */
  select(sel: Selection | null): void;
  dispose(): void;
}

/** How the play screen mounts a board, and what a click on the player's board selects. */
export interface SideBySideBoards {
  mount(options: BoardOptions): Board;
  reducedMotion: boolean;
  onSelect(sel: Selection): void;
}

/**
 * Side by side with par: the player's session on the left, the level's reference solution on the
 * same level and seed on the right, both on the player's clock (pause, step and speed move both),
 * each with the presenter HUD, its own board and a compact estate, and a live comparison per axis
 * above them. It takes the board's place in the play screen; the player acts through the estate
 * list or their own board as usual (par's board only shows).
 */
export function createSideBySide(player: GameSession, parScript: readonly ScriptedCommand[], boards: SideBySideBoards): SideBySide {
  const par = coupleToPar(player, parScript);
  const parSession = par.run.session;
  const youHud = createMinimalHud(player, { who: 'Your' });
  const youEstate = createCompactEstate(player, 'Your estate');
  // The par run only ever moves forward with the player, so its session is never replaced.
  const parHud = createMinimalHud(parSession, { who: 'Par' });
  const parEstate = createCompactEstate(parSession, 'Par estate');
  const uptimeLine = h('output', { class: 'compare-uptime', 'aria-label': 'Uptime compared with par' });
  const costLine = h('output', { class: 'compare-cost', 'aria-label': 'Cost compared with par' });
  const moves = h(
    'ol',
    { class: 'par-moves', 'aria-label': 'What par does, and when' },
    ...parScript.map((c, i) => h('li', { 'data-at': String(c.atSeconds), 'data-index': String(i) }, `${formatAt(levelClock(player.scenario), c.atSeconds)} ${commandWords(c.command, levelClock(player.scenario))}`)),
  );
  // Each board draws into its own box (the canvas sizes itself to it); par's is for looking only.
  const youBoardEl = h('div', { class: 'board split-board' });
  const parBoardEl = h('div', { class: 'board split-board' });
  const el = h(
    'section',
    { class: 'side-by-side', 'aria-label': 'Side by side with par' },
    h('div', { class: 'comparison' }, uptimeLine, costLine),
    h(
      'div',
      { class: 'split' },
      h('section', { class: 'split-half you', 'aria-labelledby': 'split-you' }, h('h3', { id: 'split-you' }, 'You'), youBoardEl, youHud.el, youEstate.el),
      h(
        'section',
        { class: 'split-half par', 'aria-labelledby': 'split-par' },
        h('h3', { id: 'split-par' }, 'Par: the reference solution'),
        parBoardEl,
        parHud.el,
        parEstate.el,
        h('details', { class: 'par-moves-box' }, h('summary', {}, `Par's ${parScript.length} moves`), moves),
      ),
    ),
  );
  const youBoard = boards.mount({ container: youBoardEl, session: player, onSelect: boards.onSelect, reducedMotion: boards.reducedMotion });
  const parBoard = boards.mount({ container: parBoardEl, session: parSession, onSelect: () => {}, reducedMotion: boards.reducedMotion });
  let shownTick = -1;

  return {
    el,
    update() {
      youBoard.update();
      parBoard.update();
      youHud.update();
      youEstate.update();
      parHud.update();
      parEstate.update();
      const c = compareAxes(liveFigures(player), liveFigures(parSession));
      setText(uptimeLine, c.uptime);
      setText(costLine, c.cost);
      if (player.world.tick === shownTick) return;
      shownTick = player.world.tick;
      for (const li of moves.children) (li as HTMLElement).dataset.done = String(Number((li as HTMLElement).dataset.at) < shownTick);
    },
    select: (sel) => youBoard.select(sel),
    dispose() {
      // Both boards hold a WebGL context and a Phaser game: free them before the par run goes.
      youBoard.dispose();
      parBoard.dispose();
      par.dispose();
    },
  };
}
