import type { GameSession } from '../../runtime/session';
import { SPEEDS } from '../../runtime/session';
import { type ScriptedCommand } from '../../sim';
import { idleBoard, type Board, type BoardOptions, type ScreenRect } from '../board/boardApi';
import { createMinimalHud } from '../classroom/minimalHud';
import { createSideBySide } from '../classroom/sideBySide';
import { createTeacherTools, type PlayMode } from '../classroom/teacherTools';
import { h, setText } from '../dom/h';
import { levelClock } from '../format';
import type { Selection } from '../services/selection';
import { actionsBeside } from '../play/actionsBeside';
import { confirmDialog } from '../play/confirmDialog';
import { createContextPanel } from '../play/contextPanel';
import { narrate } from '../play/describeEvent';
import { createEstateTree } from '../play/estateTree';
import { createEventLog } from '../play/eventLog';
import { fitToFold } from '../play/fitToFold';
import { createFirstMinuteGuide } from '../play/firstMinuteGuide';
import { createHud } from '../play/hud';
import { incidentPause } from '../play/incidentPause';
import type { Screen } from './screen';

export interface PlayActions {
  pauseChanged(paused: boolean): void;
  menu(): void;
  retry(): void;
  announce(text: string, urgent: boolean): void;
  /** Takes an announced line down if it still says exactly this. */
  withdraw(text: string): void;
}

export interface PlayOptions extends PlayMode {
  /** Side by side with par: the reference solution's script (it takes the board's place). */
  compare: readonly ScriptedCommand[] | null;
  /** The player's pacing setting: stop the clock when a fault starts or an alarm fires (read live). */
  pacing?: () => boolean;
  /** The first level's guided first minute, when it is still to be shown; `done` remembers it. */
  guide?: { done(): void } | null;
}

type Narrated = NonNullable<ReturnType<typeof narrate>>;

export const LEAVE_QUESTION = 'Leave this run for the level list? It ends here: it is not scored and cannot be resumed.';
export const RESTART_QUESTION = 'Restart this level from the beginning? This run ends here: it is not scored.';

/** Time has run or a command was given, and the level is not over: leaving would lose something. */
export function isUnderWay(session: Pick<GameSession, 'isFinished' | 'log'> & { world: { tick: number } }): boolean {
  return !session.isFinished && (session.world.tick > 0 || session.log.length > 0);
}

const PLAIN: PlayOptions = { presenter: false, faults: false, compare: null };

/**
 * The play screen: the board (Phaser, loaded lazily) with the estate list as its accessible twin,
 * the HUD, the context panel, the event log and the clock controls. Keyboard: Space pause/resume,
 * "." one step, [ and ] speed, Esc clear selection, letters and digits run the shown actions.
 * In classroom mode (src/view/classroom) the HUD is the presenter's, a legend of keys shows, the
 * teacher's Shift+letter fault keys work and the clock stops to ask "what will happen?"; side by
 * side, the par strategy replaces the board. With the pacing setting on, the clock stops by itself
 * when a fault starts or an alarm fires and says why (src/view/play/incidentPause.ts); on level 1
 * a first-time player gets a guided first minute (src/view/play/firstMinuteGuide.ts).
 * Side by side, two boards (the player's and par's) take the board's place.
 */
export function playScreen(session: GameSession, mountBoard: (o: BoardOptions) => Board, actions: PlayActions, reducedMotion: boolean, options: PlayOptions = PLAIN): Screen {
  let selection: Selection | null = null;
  /** `target`: where the selection was tapped, on the page (a touch screen opens its actions there). */
  const select = (sel: Selection | null, target: DOMRect | null = null) => {
    selection = sel;
    board.select(sel);
    compare?.select(sel);
    context.show(sel);
    tree.update();
    teacher.update();
    beside.place(sel ? target : null);
  };
  const hud = options.presenter ? createMinimalHud(session, { showClock: true }) : createHud(session);
  const context = createContextPanel(session, confirmDialog);
  const beside = actionsBeside(context.el, () => select(null));
  const teacher = createTeacherTools(session, options, { selection: () => selection, setPaused: (p) => setPaused(p), announce: (t, u) => actions.announce(t, u) });
  if (teacher.faultPanel) context.el.append(teacher.faultPanel.el);
  const compare = options.compare ? createSideBySide(session, options.compare, { mount: mountBoard, reducedMotion, onSelect: (sel) => select(sel) }) : null;
  const tree = createEstateTree(
    session,
    (sel) => {
      select(sel);
      // The row just tapped, as the tree drew it again (pressed).
      beside.place(tree.el.querySelector<HTMLElement>('.estate-item[aria-pressed="true"]')?.getBoundingClientRect() ?? null);
    },
    () => selection,
  );
  const log = createEventLog(levelClock(session.scenario));

  const pauseLabel = h('span', {}, 'Pause');
  const pauseButton = h('button', { class: 'primary', 'data-control': 'pause', onclick: () => togglePause() }, pauseLabel, h('kbd', {}, 'Space'));
  const stepButton = h('button', { 'data-control': 'step', onclick: () => stepOnce() }, 'Step 1 s', h('kbd', {}, '.'));
  const speedOut = h('output', { 'aria-label': 'Speed', 'aria-live': 'polite' });
  const slower = h('button', { 'data-control': 'slower', 'aria-label': 'Slower', onclick: () => changeSpeed(-1) }, '−', h('kbd', {}, '['));
  const faster = h('button', { 'data-control': 'faster', 'aria-label': 'Faster', onclick: () => changeSpeed(1) }, '+', h('kbd', {}, ']'));
  const controls = h(
    'div',
    { class: 'controls', role: 'toolbar', 'aria-label': 'Clock' },
    pauseButton,
    stepButton,
    slower,
    speedOut,
    faster,
    h('button', { 'data-control': 'retry', onclick: () => void confirmEnding(RESTART_QUESTION, () => actions.retry()) }, 'Restart'),
    h('button', { 'data-control': 'menu', onclick: () => void confirmEnding(LEAVE_QUESTION, () => actions.menu()) }, 'Levels'),
  );
  // Why the clock stopped by itself; announced when it appears (a word, not only the button's label).
  const pauseBanner = h('p', { class: 'pause-reason', 'data-control': 'pause-reason', hidden: true });
  const guide = options.guide ? createFirstMinuteGuide(session, { estate: tree.el, actions: context.el, clock: controls }, { selection: () => selection, announce: (t) => actions.announce(t, false), done: options.guide.done }) : null;
  session.pauseWhen = incidentPause(session, { enabled: options.pacing ?? (() => false), covered: (tick) => teacher.prompt?.covers(tick) ?? false });
  // The guide's level starts paused: nothing happens until the player has read step 1.
  if (guide && session.world.tick === 0) session.loop.pause();
  let shownReason: string | null = null;
  let wasRunning = !session.loop.paused;
  // The board draws into this (its canvas describes itself, its zoom buttons are real buttons).
  const boardEl = h('div', { class: 'board' });
  // The pause banner lies over the top of the board rather than above it: appearing and going, it
  // must not change the board's height (each resize of a WebGL canvas is a long task, issue 12).
  const mainEl = h('div', { class: 'play-main' }, pauseBanner, compare ? compare.el : boardEl, h('div', { class: 'side' }, tree.el, context.el));
  const el = h(
    'section',
    { class: `screen play${options.presenter ? ' presenter' : ''}${compare ? ' compare' : ''}`, 'aria-label': session.scenario.title },
    h('header', { class: 'play-header' }, h('h2', {}, session.scenario.title), h('span', { class: 'seed muted', 'data-seed': String(session.seed) }, `seed ${session.seed}`), controls),
    guide?.el,
    compare ? null : hud.el,
    teacher.prompt?.el,
    mainEl,
    teacher.legend,
    log.el,
  );
  const onBoard = (sel: Selection, at?: ScreenRect) => {
    const b = boardEl.getBoundingClientRect();
    select(sel, at ? new DOMRect(b.left + at.x, b.top + at.y, at.w, at.h) : null);
  };
  const board: Board = compare ? idleBoard() : mountBoard({ container: boardEl, session, onSelect: onBoard, reducedMotion, presenter: options.presenter });

  const speedIndex = () => SPEEDS.indexOf(session.speedFactor as (typeof SPEEDS)[number]);
  function changeSpeed(delta: number): void {
    const i = Math.min(SPEEDS.length - 1, Math.max(0, speedIndex() + delta));
    session.setSpeedFactor(SPEEDS[i]!);
    updateControls();
  }
  function togglePause(): void {
    setPaused(!session.loop.paused);
  }
  function setPaused(paused: boolean): void {
    if (session.isFinished) return;
    if (paused) session.loop.pause();
    else session.resume();
    // A pause the player chose needs no reason; resuming forgets the one the clock gave.
    session.pauseReason = null;
    actions.pauseChanged(session.loop.paused);
    updateControls();
  }
  /**
   * "Levels" and "Restart" end the run and keep no result, so a run under way asks first, with the
   * clock waiting (Cancel is focused, Esc cancels). One not started yet, or over, has nothing to lose.
   */
  async function confirmEnding(question: string, then: () => void): Promise<void> {
    if (!isUnderWay(session)) return then();
    const wasRunning = !session.loop.paused;
    if (wasRunning) setPaused(true);
    if (await confirmDialog(question)) then();
    else if (wasRunning) setPaused(false);
  }
  function stepOnce(): void {
    if (!session.loop.paused) togglePause();
    session.advance(1);
  }
  /** Shows (and announces) why the clock stopped by itself; tells the flow when the running clock stopped. */
  function updatePauseReason(): void {
    const running = !session.loop.paused;
    if (session.pauseReason !== shownReason) {
      shownReason = session.pauseReason;
      pauseBanner.hidden = shownReason === null;
      setText(pauseBanner, shownReason ?? '');
      if (shownReason !== null) actions.announce(shownReason, false);
      if (shownReason !== null && wasRunning && !running) actions.pauseChanged(true);
    }
    wasRunning = running;
  }
  function updateControls(): void {
    setText(pauseLabel, session.isFinished ? 'Finished' : session.loop.paused ? 'Resume' : 'Pause');
    setText(speedOut, `${session.speedFactor}× (${Math.round(session.loop.speed)} sim s per s)`);
  }

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
    if (teacher.onKey(e)) {
      e.preventDefault();
      return;
    }
    // Space is the pause key wherever focus is (Enter still presses a focused button): after a click
    // on the estate list or the board's controls it must not press that button again.
    if (e.key === ' ') togglePause();
    else if (e.key === '.') stepOnce();
    else if (e.key === '[') changeSpeed(-1);
    else if (e.key === ']') changeSpeed(1);
    else if (e.key === 'Escape') select(null);
    else if (!context.runShortcut(e.key)) return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);

  // The latest narrated line on each live region, taken down once its news no longer holds (the AZ
  // is back, the reclaimed instance is gone) and when this screen goes: it describes the live estate.
  const narrated: { polite?: Narrated; urgent?: Narrated } = {};
  const unsubscribe = session.subscribe((events, s) => {
    log.add(events);
    for (const ev of events) {
      const said = narrate(ev, s.world);
      if (!said) continue;
      actions.announce(said.line, said.urgent);
      narrated[said.urgent ? 'urgent' : 'polite'] = said;
    }
  });
  const withdrawStale = (all: boolean) => {
    for (const key of ['polite', 'urgent'] as const) {
      const said = narrated[key];
      if (!said || (!all && said.holds(session.world))) continue;
      actions.withdraw(said.line);
      delete narrated[key];
    }
  };
  updateControls();
  select(null);
  const unfit = fitToFold(mainEl);
  return {
    el,
    focus: guide?.focus ?? pauseButton,
    update() {
      updatePauseReason();
      guide?.update();
      if (compare) compare.update();
      else hud.update();
      tree.update();
      context.update();
      teacher.update();
      board.update();
      updateControls();
      withdrawStale(false);
    },
    dispose() {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      unfit();
      withdrawStale(true);
      guide?.dispose();
      session.pauseWhen = null;
      board.dispose();
      teacher.dispose();
      compare?.dispose();
    },
  };
}
