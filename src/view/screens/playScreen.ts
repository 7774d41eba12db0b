import type { GameSession } from '../../runtime/session';
import { SPEEDS } from '../../runtime/session';
import { type ScriptedCommand } from '../../sim';
import { idleBoard, type Board, type BoardOptions } from '../board/boardApi';
import { createMinimalHud } from '../classroom/minimalHud';
import { createSideBySide } from '../classroom/sideBySide';
import { createTeacherTools, type PlayMode } from '../classroom/teacherTools';
import { h, setText } from '../dom/h';
import type { Selection } from '../services/selection';
import { confirmDialog } from '../play/confirmDialog';
import { createContextPanel } from '../play/contextPanel';
import { narrate } from '../play/describeEvent';
import { createEstateTree } from '../play/estateTree';
import { createEventLog } from '../play/eventLog';
import { createHud } from '../play/hud';
import type { Screen } from './screen';

export interface PlayActions {
  pauseChanged(paused: boolean): void;
  menu(): void;
  retry(): void;
  announce(text: string, urgent: boolean): void;
}

export interface PlayOptions extends PlayMode {
  /** Side by side with par: the reference solution's script (it takes the board's place). */
  compare: readonly ScriptedCommand[] | null;
}

const PLAIN: PlayOptions = { presenter: false, faults: false, compare: null };

/**
 * The play screen: the board (Phaser, loaded lazily) with the estate list as its accessible twin,
 * the HUD, the context panel, the event log and the clock controls. Keyboard: Space pause/resume,
 * "." one step, [ and ] speed, Esc clear selection, letters and digits run the shown actions.
 * In classroom mode (src/view/classroom) the HUD is the presenter's, a legend of keys shows, the
 * teacher's Shift+letter fault keys work and the clock stops to ask "what will happen?"; side by
 * side, two boards (the player's and par's) take the board's place.
 */
export function playScreen(session: GameSession, mountBoard: (o: BoardOptions) => Board, actions: PlayActions, reducedMotion: boolean, options: PlayOptions = PLAIN): Screen {
  let selection: Selection | null = null;
  const select = (sel: Selection | null) => {
    selection = sel;
    board.select(sel);
    compare?.select(sel);
    context.show(sel);
    tree.update();
    teacher.update();
  };
  const hud = options.presenter ? createMinimalHud(session, { showClock: true }) : createHud(session);
  const context = createContextPanel(session, confirmDialog);
  const teacher = createTeacherTools(session, options, { selection: () => selection, setPaused: (p) => setPaused(p), announce: (t, u) => actions.announce(t, u) });
  if (teacher.faultPanel) context.el.append(teacher.faultPanel.el);
  const compare = options.compare ? createSideBySide(session, options.compare, { mount: mountBoard, reducedMotion, onSelect: (sel) => select(sel) }) : null;
  const tree = createEstateTree(session, (sel) => select(sel), () => selection);
  const log = createEventLog();

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
    h('button', { 'data-control': 'retry', onclick: () => actions.retry() }, 'Restart'),
    h('button', { 'data-control': 'menu', onclick: () => actions.menu() }, 'Levels'),
  );
  // The board draws into this (its canvas describes itself, its zoom buttons are real buttons).
  const boardEl = h('div', { class: 'board' });
  const el = h(
    'section',
    { class: `screen play${options.presenter ? ' presenter' : ''}${compare ? ' compare' : ''}`, 'aria-label': session.scenario.title },
    h('header', { class: 'play-header' }, h('h2', {}, session.scenario.title), h('span', { class: 'seed muted', 'data-seed': String(session.seed) }, `seed ${session.seed}`), controls),
    compare ? null : hud.el,
    teacher.prompt?.el,
    h('div', { class: 'play-main' }, compare ? compare.el : boardEl, h('div', { class: 'side' }, tree.el, context.el)),
    teacher.legend,
    log.el,
  );
  const board: Board = compare ? idleBoard() : mountBoard({ container: boardEl, session, onSelect: (sel) => select(sel), reducedMotion });

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
    else session.loop.resume();
    actions.pauseChanged(session.loop.paused);
    updateControls();
  }
  function stepOnce(): void {
    if (!session.loop.paused) togglePause();
    session.advance(1);
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

  const unsubscribe = session.subscribe((events, s) => {
    log.add(events);
    for (const ev of events) {
      const said = narrate(ev, s.world);
      if (said) actions.announce(said.line, said.urgent);
    }
  });
  updateControls();
  select(null);
  return {
    el,
    focus: pauseButton,
    update() {
      if (compare) compare.update();
      else hud.update();
      tree.update();
      context.update();
      teacher.update();
      board.update();
      updateControls();
    },
    dispose() {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      board.dispose();
      teacher.dispose();
      compare?.dispose();
    },
  };
}
