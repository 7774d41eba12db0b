import type { GameSession } from '../../runtime/session';
import { h, setText } from '../dom/h';
import type { Selection } from '../services/selection';

/** Where each step points: the element gets a dashed outline and a "Step n" tag (never colour alone). */
export interface GuideTargets {
  estate: HTMLElement;
  actions: HTMLElement;
  clock: HTMLElement;
}

export interface GuideHooks {
  selection(): Selection | null;
  announce(text: string): void;
  /** The guide was finished or skipped: remember it, so it never comes back. */
  done(): void;
}

export interface FirstMinuteGuide {
  el: HTMLElement;
  /** What the screen focuses first: the guide itself, so a screen reader starts with step 1. */
  focus: HTMLElement;
  update(): void;
  dispose(): void;
}

/** If the watched server never comes into service (the player stopped one instead), the step ends anyway. */
const WATCH_FALLBACK_SECONDS = 120;

const STEPS = [
  {
    id: 'select',
    text: 'Select an instance: click day-1 in the Estate list (or Tab to it and press Enter). It is stopped, so the shop cannot use it yet.',
  },
  {
    id: 'act',
    text: 'Act on it: its panel lists what you can do and what each costs. Start it with the Start button, or the key shown on it.',
  },
  {
    id: 'watch',
    text: 'Watch the result: press Space to run the clock. The server boots for about a minute, passes a health check, and the event log says when it takes shoppers.',
  },
  {
    id: 'done',
    text: 'That is the whole loop: select, act, watch. The clock stops by itself when something goes wrong; Space carries on. Bring the day pair in for the rush and put it to bed at night.',
  },
] as const;

/**
 * Level 1's guided first minute: the level starts paused, and three coach marks walk through
 * select → act → watch on the real estate, each step moving on when the player has done it. It is
 * a panel beside the play area, not a modal: everything stays usable, each step is announced, and
 * "Skip the guide" (or finishing it) means it never shows again.
 */
export function createFirstMinuteGuide(session: GameSession, targets: GuideTargets, hooks: GuideHooks): FirstMinuteGuide {
  let step = 0;
  let ended = false;
  const commandsAtStart = session.log.length;
  let actedAt = -1;
  let cameIntoService = false;

  const count = h('p', { class: 'guide-count' });
  const text = h('p', { class: 'guide-text' });
  const skip = h('button', { 'data-control': 'skip-guide', onclick: () => finish('Guide skipped. It will not come back. Space starts the clock.') }, 'Skip the guide');
  const close = h('button', { class: 'primary', 'data-control': 'close-guide', hidden: true, onclick: () => finish('Guide closed. Space starts or pauses the clock.') }, 'Got it');
  const el = h(
    'section',
    { class: 'guide', 'aria-labelledby': 'guide-heading', tabindex: '-1' },
    h('h2', { id: 'guide-heading' }, 'Your first minute'),
    count,
    text,
    h('div', { class: 'actions' }, close, skip),
  );
  const marks: [HTMLElement, number][] = [[targets.estate, 0], [targets.actions, 1], [targets.clock, 2]];

  // Only once the player has acted: a server already healthy at the start is not their result.
  const unsubscribe = session.subscribe((events) => {
    if (actedAt >= 0 && events.some((e) => e.type === 'target.markedHealthy')) cameIntoService = true;
  });

  function show(): void {
    const s = STEPS[step]!;
    setText(count, s.id === 'done' ? 'Done' : `Step ${step + 1} of 3`);
    setText(text, s.text);
    el.dataset.step = s.id;
    close.hidden = s.id !== 'done';
    skip.hidden = s.id === 'done';
    for (const [target, at] of marks) {
      if (at === step) target.dataset.coach = `Step ${at + 1}`;
      else delete target.dataset.coach;
    }
    hooks.announce(`${s.id === 'done' ? 'Guide done' : `Guide, step ${step + 1} of 3`}: ${s.text}`);
    // Reaching the end counts as done: the last card is a summary, not a step to complete.
    if (s.id === 'done') hooks.done();
  }
  function finish(said: string): void {
    if (ended) return;
    ended = true;
    el.hidden = true;
    for (const [target] of marks) delete target.dataset.coach;
    unsubscribe();
    hooks.done();
    hooks.announce(said);
  }
  function next(): void {
    step += 1;
    show();
  }

  show();
  return {
    el,
    focus: el,
    update() {
      // A player who is ahead of the guide (acted before selecting) moves through several steps at once.
      for (let moved = true; moved && !ended; ) {
        const id = STEPS[step]!.id;
        const acted = session.log.length > commandsAtStart;
        moved =
          (id === 'select' && (hooks.selection()?.kind === 'instance' || acted)) ||
          (id === 'act' && acted) ||
          (id === 'watch' && (cameIntoService || session.world.tick >= actedAt + WATCH_FALLBACK_SECONDS || session.isFinished));
        if (!moved) break;
        if (id === 'act') actedAt = session.world.tick;
        next();
      }
    },
    dispose() {
      for (const [target] of marks) delete target.dataset.coach;
      unsubscribe();
    },
  };
}
