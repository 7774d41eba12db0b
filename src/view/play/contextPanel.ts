import type { GameSession } from '../../runtime/session';
import { h } from '../dom/h';
import { actionsFor, type Action, type Selection } from './actionsFor';

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
  let actions: Action[] = [];
  let signature = '';

  const run = async (a: Action): Promise<void> => {
    if (a.confirm && !(await confirm(a.confirm))) {
      feedback.textContent = `${a.label}: cancelled.`;
      return;
    }
    const result = session.dispatch(a.command);
    feedback.textContent = result.ok ? `${a.label}: done.` : `${a.label} refused: ${result.reason}.`;
    feedback.dataset.state = result.ok ? 'ok' : 'refused';
    render(true);
  };

  const render = (force = false) => {
    actions = selection ? actionsFor(session.world, selection) : [];
    const sig = JSON.stringify(actions.map((a) => [a.label, a.consequence]));
    if (!force && sig === signature) return;
    signature = sig;
    heading.textContent = selection ? describe(selection) : 'Select something on the board or in the estate list';
    list.replaceChildren(
      ...actions.map((a) =>
        h(
          'li',
          {},
          h('button', { class: a.confirm ? 'danger' : '', 'data-action': a.command.type, onclick: () => void run(a), 'aria-keyshortcuts': a.key }, a.label, h('kbd', {}, a.key)),
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

function describe(sel: Selection): string {
  switch (sel.kind) {
    case 'service':
      return 'The service';
    case 'region':
      return `Region ${sel.id}`;
    case 'zone':
      return `Availability Zone ${sel.id}`;
    case 'instance':
      return `Instance ${sel.id}`;
    case 'loadBalancer':
      return `Load balancer ${sel.id}`;
    case 'scalingGroup':
      return `Auto Scaling group ${sel.id}`;
    case 'database':
      return `Database ${sel.id}`;
  }
}
