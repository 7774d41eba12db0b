import type { GameSession } from '../../runtime/session';
import { type World } from '../../sim';
import { h } from '../dom/h';
import { SERVICE_VIEWS } from '../services/registry';

/**
 * A read-only estate summary small enough for half a projector: per AZ its state and how many
 * instances are in each state, then load balancers, Auto Scaling groups, databases and DR, each
 * service view's lines in registry order. Rebuilt only when its text changes.
 */
export function createCompactEstate(session: GameSession, label: string): { el: HTMLElement; update(): void } {
  const list = h('ul', { class: 'compact-estate-list' });
  const el = h('section', { class: 'compact-estate', 'aria-label': label }, list);
  let signature = '';
  return {
    el,
    update() {
      const rows = estateLines(session.world);
      const sig = rows.join('\n');
      if (sig === signature) return;
      signature = sig;
      list.replaceChildren(...rows.map((r) => h('li', {}, r)));
    },
  };
}

/** The summary as lines (pure: tested without a DOM). */
export function estateLines(w: World): string[] {
  return SERVICE_VIEWS.flatMap((v) => v.compactLines?.(w) ?? []);
}
