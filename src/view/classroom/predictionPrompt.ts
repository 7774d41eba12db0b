import { isTargetChoice } from '../../sim';
import type { GameSession } from '../../runtime/session';
import { h, replaceChildren, setText } from '../dom/h';
import { formatAt, levelClock } from '../format';
import { describeEvent } from '../play/describeEvent';
import { currentStop, describeFaults, pauseTicks, predictionStops, questionFor, stopPhase, type PredictionStop } from './predictionStops';

export interface PredictionPrompt {
  /** The prompt itself (hidden while there is nothing to ask or tell). */
  el: HTMLElement;
  /** The teacher's switch: ask before scheduled faults, or not. */
  toggle: HTMLElement;
  update(): void;
  /** Space while a question is open: reveal. True when it was handled. */
  reveal(): boolean;
  /** A "what will happen?" stop already paused for the faults starting on this tick. */
  covers(tick: number): boolean;
  dispose(): void;
}

export interface PredictionHooks {
  /** Pause or resume the clock as the Pause button would (the flow and the controls follow). */
  setPaused(paused: boolean): void;
  announce(text: string, urgent: boolean): void;
}

/** Lines of "what happened" shown once the fault has started. */
const MAX_LINES = 6;

/**
 * "What will happen?": in classroom mode the clock stops 30 simulated seconds before each scheduled
 * fault and the screen asks the class, e.g. "In 30 s: a power cut in use1-az1. What will happen?".
 * Reveal (Space) resumes; once the fault has started the prompt says what happened, from the event
 * log, and stays until closed or the next question. The stop itself is GameSession.pauseAt, so the
 * real-time loop halts on the exact tick whatever the speed.
 */
export function createPredictionPrompt(session: GameSession, hooks: PredictionHooks): PredictionPrompt {
  const stops = predictionStops(session.scenario, session.seed);
  const clock = levelClock(session.scenario);
  let enabled = stops.length > 0;
  session.pauseAt = enabled ? pauseTicks(stops) : new Set();
  const asked = new Set<PredictionStop>();
  const revealed = new Set<PredictionStop>();
  const closed = new Set<PredictionStop>();
  let signature = '';

  const title = h('h2', { id: 'prediction-heading' }, 'What will happen?');
  const text = h('p', { class: 'prediction-text' });
  const lines = h('ol', { class: 'prediction-events' });
  const revealButton = h('button', { class: 'primary', 'data-control': 'reveal', onclick: () => reveal() }, 'Reveal', h('kbd', {}, 'Space'));
  const closeButton = h('button', { 'data-control': 'close-prediction', onclick: () => close() }, 'Close');
  const el = h('section', { class: 'prediction', 'aria-labelledby': 'prediction-heading', hidden: true }, title, text, lines, h('div', { class: 'actions' }, revealButton, closeButton));
  const checkbox = h('input', {
    type: 'checkbox',
    checked: enabled,
    disabled: stops.length === 0,
    onchange: () => {
      enabled = checkbox.checked;
      session.pauseAt = enabled ? pauseTicks(stops) : new Set();
      update();
    },
  });
  const toggle = h(
    'label',
    { class: 'toggle prediction-toggle' },
    checkbox,
    stops.length > 0 ? `Ask "what will happen?" 30 s before each of the ${stops.length} scheduled fault moments` : 'This level has no scheduled faults to ask about',
  );

  function reveal(): boolean {
    const stop = currentStop(stops, session.world.tick);
    if (!enabled || !stop || revealed.has(stop) || stopPhase(stop, session.world.tick) !== 'ask') return false;
    revealed.add(stop);
    hooks.setPaused(false);
    update();
    return true;
  }
  function close(): void {
    const stop = currentStop(stops, session.world.tick);
    if (stop) closed.add(stop);
    update();
  }

  function update(): void {
    const tick = session.world.tick;
    const stop = enabled ? currentStop(stops, tick) : null;
    const phase = stop ? stopPhase(stop, tick) : 'before';
    if (!stop || closed.has(stop) || phase === 'before' || (phase === 'after' && !asked.has(stop))) {
      if (!el.hidden) el.hidden = true;
      signature = '';
      return;
    }
    const justAsked = phase === 'ask' && !asked.has(stop);
    if (justAsked) {
      asked.add(stop);
      hooks.setPaused(true);
      hooks.announce(questionFor(stop, tick), true);
    }
    el.hidden = false;
    el.dataset.phase = phase === 'ask' ? (revealed.has(stop) ? 'revealed' : 'ask') : 'happened';
    if (phase === 'ask') {
      setText(title, revealed.has(stop) ? 'Watch…' : 'What will happen?');
      setText(text, revealed.has(stop) ? `In ${Math.max(0, stop.faultTick - tick)} s: ${describeFaults(stop.faults)}.` : questionFor(stop, tick));
      revealButton.hidden = revealed.has(stop);
      closeButton.hidden = true;
      if (lines.childElementCount > 0) lines.replaceChildren();
      if (justAsked) revealButton.focus({ preventScroll: true });
      return;
    }
    // After: what the simulation did, from the fault's tick on.
    const happened: string[] = [];
    const events = session.recorder.events;
    let from = events.length;
    while (from > 0 && events[from - 1]!.tick >= stop.faultTick) from--;
    for (let i = from; i < events.length && happened.length < MAX_LINES; i++) {
      const line = describeEvent(events[i]!, clock);
      if (line) happened.push(line);
    }
    const sig = `${stop.faultTick}:${happened.join('|')}`;
    if (sig === signature) return;
    signature = sig;
    setText(title, `What happened at ${formatAt(clock, stop.faultTick)}`);
    // A target chosen when the fault started (busiest, random) is named now: the fault.started events say which.
    const started = events.slice(from).filter((e) => e.tick === stop.faultTick && e.type === 'fault.started');
    const actual = stop.faults.map((f) => (isTargetChoice(f.target) ? { ...f, target: started.find((e) => e.detail === f.kind)?.subject ?? f.target } : f));
    setText(text, `${capitalise(describeFaults(actual))}. Did the class predict it?`);
    replaceChildren(lines, ...happened.map((l) => h('li', {}, l)));
    revealButton.hidden = true;
    closeButton.hidden = false;
  }

  return {
    el,
    toggle,
    update,
    reveal,
    covers: (tick) => enabled && stops.some((s) => s.faultTick === tick),
    dispose() {
      session.pauseAt = new Set();
    },
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
