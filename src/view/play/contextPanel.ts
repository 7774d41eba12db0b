import type { GameSession } from '../../runtime/session';
import { h } from '../dom/h';
import { entityView } from '../services/registry';
import { selectionId, type Selection } from '../services/selection';
import { plainWords } from '../plainWords';
import { actionsFor, legality, type OfferedAction } from './actionsFor';
import { formDialog } from './formDialog';

/**
 * Every command the level allows on the selection, each with its cost and consequence shown before
 * committing, and a visible one-key shortcut. Irreversible actions ask first. A refusal is shown
 * in words ("resize needs the instance stopped first").
 */
export function createContextPanel(session: GameSession, confirm: (question: string) => Promise<boolean>): {
  el: HTMLElement;
  show(sel: Selection | null): void;
  update(): void;
  runShortcut(key: string): boolean;
} {
  const heading = h('h2', { id: 'context-heading' }, 'Nothing selected');
  const list = h('ul', { class: 'actions-list' });
  const feedback = h('p', { class: 'feedback', role: 'status', 'aria-live': 'polite' });
  const el = h('section', { class: 'context', 'aria-labelledby': 'context-heading' }, heading, list, feedback);
  let selection: Selection | null = null;
  let actions: OfferedAction[] = [];
  let signature = '';

  const run = async (a: OfferedAction): Promise<void> => {
    if (a.confirm && !(await confirm(a.confirm))) {
      feedback.textContent = `${a.label}: cancelled.`;
      return;
    }
    let command = a.command;
    if (a.form) {
      // The clock waits while the player makes choices (a form takes longer than a click).
      const wasRunning = !session.loop.paused;
      session.loop.pause();
      const chosen = await formDialog(a.form, (c) => legality(session.world, c));
      if (wasRunning && !session.isFinished) session.loop.resume();
      if (!chosen) {
        feedback.textContent = `${a.label.replace(/…$/, '')}: cancelled.`;
        return;
      }
      command = chosen;
    }
    const result = session.dispatch(command);
    const name = a.label.replace(/…$/, '');
    feedback.textContent = result.ok ? `${name}: done.` : `${name} refused: ${plainWords(result.reason)}.`;
    feedback.dataset.state = result.ok ? 'ok' : 'refused';
    render(true);
  };

  const render = (force = false) => {
    actions = selection ? actionsFor(session.world, selection) : [];
    const sig = JSON.stringify(actions.map((a) => [a.label, a.consequence]));
    if (!force && sig === signature) {
      // Whether the simulation would accept it changes without its words changing: mark it in place.
      list.querySelectorAll<HTMLElement>('button[data-action]').forEach((b, i) => (b.dataset.legal = String(actions[i]?.legal.ok ?? false)));
      return;
    }
    signature = sig;
    heading.textContent = selection ? headingOf(selection) : 'Select something on the board or in the estate list';
    list.replaceChildren(
      ...actions.map((a) =>
        h(
          'li',
          {},
          h('button', { class: a.confirm ? 'danger' : '', 'data-action': a.command.type, 'data-legal': String(a.legal.ok), onclick: () => void run(a), 'aria-keyshortcuts': a.key }, a.label, h('kbd', {}, a.key)),
          h('span', { class: 'consequence' }, a.consequence),
        ),
      ),
    );
    if (selection && actions.length === 0) list.append(h('li', { class: 'muted' }, 'Nothing this level allows here.'));
  };

  return {
    el,
    show(sel) {
      selection = sel;
      feedback.textContent = '';
      render(true);
    },
    update: () => render(),
    runShortcut(key) {
      const a = actions.find((x) => x.key === key);
      if (!a) return false;
      void run(a);
      return true;
    },
  };
}

/** "Instance web-1", "Availability Zone use1-az2", "The service". */
function headingOf(sel: Selection): string {
  return entityView(sel.kind)?.heading(selectionId(sel)) ?? sel.kind;
}
