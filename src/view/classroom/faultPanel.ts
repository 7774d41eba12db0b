import type { GameSession } from '../../runtime/session';
import { h } from '../dom/h';
import { plainWords } from '../plainWords';
import type { Selection } from '../services/selection';
import { faultChoices, faultCommandFor, faultTargetNouns } from './faultHotkeys';

export interface FaultPanel {
  el: HTMLElement;
  /** Redraws when the selection or what it allows changed (cheap enough every frame). */
  update(): void;
  /** Shift+`key`: injects that fault into the selection. True when `key` is a fault key. */
  inject(key: string): boolean;
}

/**
 * The teacher's fault buttons, under the player's actions in the context panel: every fault the
 * engine knows that fits the selection, each with its Shift+key. They send `fault.inject` through
 * `session.dispatch`, so a fault is recorded in the log and the replay like any other command, and
 * the board and the event log show it as they show a scheduled one.
 */
export function createFaultPanel(session: GameSession, selection: () => Selection | null, announce: (text: string) => void): FaultPanel {
  const list = h('ul', { class: 'fault-buttons' });
  const hint = h('p', { class: 'muted fault-hint' });
  const feedback = h('p', { class: 'fault-feedback', role: 'status', 'aria-live': 'polite' });
  const el = h('section', { class: 'teacher-faults', 'aria-labelledby': 'teacher-faults-heading' }, h('h3', { id: 'teacher-faults-heading' }, 'Teacher: inject a fault'), list, hint, feedback);
  let signature = '';

  const inject = (key: string): boolean => {
    const choice = faultCommandFor(session.world, selection(), key);
    if (!choice.hotkey) return false;
    if (!choice.ok) {
      feedback.textContent = choice.reason + '.';
      feedback.dataset.state = 'refused';
      return true;
    }
    const result = session.dispatch(choice.command);
    feedback.textContent = result.ok ? `${choice.text}: injected.` : `${choice.text} refused: ${plainWords(result.reason)}.`;
    feedback.dataset.state = result.ok ? 'ok' : 'refused';
    if (result.ok) announce(`Teacher injected a fault: ${choice.text}.`);
    render();
    return true;
  };

  function render(): void {
    const choices = faultChoices(session.world, selection());
    const sig = JSON.stringify(choices.map((c) => (c.ok ? c.text : c.reason)));
    if (sig === signature) return;
    signature = sig;
    const ok = choices.filter((c) => c.ok);
    list.replaceChildren(
      ...ok.map((c) =>
        h('li', {}, h('button', { class: 'danger', 'data-fault': c.hotkey!.kind, 'aria-keyshortcuts': `Shift+${c.hotkey!.key}`, onclick: () => inject(c.hotkey!.key) }, c.text, h('kbd', {}, `Shift+${c.hotkey!.key}`))),
      ),
    );
    const wanting = choices.length - ok.length;
    hint.textContent = wanting > 0 ? `Select ${faultTargetNouns()} for the other faults.` : '';
  }
  render();

  return { el, update: render, inject };
}
