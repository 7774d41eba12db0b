import type { GameSession } from '../../runtime/session';
import { type World } from '../../sim';
import { h } from '../dom/h';
import type { EntityView } from '../services/entityView';
import { ENTITY_VIEWS } from '../services/registry';
import { sameSelection, selectionId, selectionOf, type Selection } from '../services/selection';

/**
 * The estate as a keyboard-navigable tree: the service, then each Region with its load balancers,
 * Auto Scaling groups and databases, and its AZs with their instances. Each service view says what
 * it lists under what (EntityView.estate), so this walks the views from the top down. It is the
 * accessible twin of the Phaser board: the same selection, readable by screen readers and usable
 * without a pointer. Rebuilt only when its text changes.
 */
export function createEstateTree(session: GameSession, onSelect: (sel: Selection) => void, selected: () => Selection | null): { el: HTMLElement; update(): void } {
  const el = h('nav', { class: 'estate', 'aria-label': 'Estate' });
  let signature = '';
  let selectedKey = '';
  const item = (sel: Selection, label: string, detail: string) =>
    h(
      'button',
      { class: 'estate-item', 'data-kind': sel.kind, 'data-id': sel.id ?? sel.kind, 'aria-pressed': String(sameSelection(sel, selected())), onclick: () => onSelect(sel) },
      h('span', { class: 'estate-label' }, label),
      h('span', { class: 'estate-detail' }, detail),
    );

  /** The rows under `parent` (a list), then the sections under it (each holding its own rows). */
  const under = (w: World, parent: string, parentId: string): HTMLElement[] => {
    const rows: HTMLElement[] = [];
    const sections: HTMLElement[] = [];
    for (const view of ENTITY_VIEWS) {
      if (view.estate.under !== parent) continue;
      for (const it of view.estate.items(w, parentId)) {
        const button = item(selectionOf(view.kind, it.id), it.label, it.detail);
        if (view.estate.section) sections.push(h('section', { class: view.kind, 'aria-label': view.heading(it.id) }, button, ...under(w, view.kind, it.id)));
        else rows.push(h('li', {}, button));
      }
    }
    return [h('ul', {}, ...rows), ...sections];
  };

  return {
    el,
    update() {
      const w = session.world;
      const sig = treeSignature(w, ENTITY_VIEWS);
      const sel = selected();
      const key = sel ? `${sel.kind} ${selectionId(sel)}` : '';
      if (sig === signature && key === selectedKey) return;
      signature = sig;
      selectedKey = key;
      const focused = document.activeElement instanceof HTMLElement && el.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
      el.replaceChildren(...under(w, '', ''));
      if (focused) el.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}

/** Changes when anything the tree shows changes (each view's estate signature). */
function treeSignature(w: World, views: readonly EntityView[]): string {
  return views.map((v) => v.estate.signature(w)).join('|');
}
