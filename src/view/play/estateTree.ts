import type { GameSession } from '../../runtime/session';
import { type World } from '../../sim';
import { changeVersion } from '../../sim/readModel';
import { h } from '../dom/h';
import { ENTITY_VIEWS } from '../services/registry';
import { sameSelection, selectionId, selectionOf, type Selection } from '../services/selection';

/** Loads and queue depths move every tick without an event: the rows showing them refresh this often. */
const FIGURES_REFRESH_MS = 1000;

/** One row of the tree, before it is a DOM node (compared as text, so the DOM is rebuilt only when it changes). */
export interface Row {
  sel: Selection;
  label: string;
  detail: string;
  /** A section's heading (Regions, AZs), and the rows under it. */
  section?: { kind: string; heading: string; rows: Row[] };
}

/**
 * The estate as a keyboard-navigable tree: the service, then each Region with its load balancers,
 * Auto Scaling groups and databases, and its AZs with their instances. Each service view says what
 * it lists under what (EntityView.estate), so this walks the views from the top down. It is the
 * accessible twin of the Phaser board: the same selection, readable by screen readers and usable
 * without a pointer. The rows are worked out again when the simulation's change versions move (a
 * state changed) or every FIGURES_REFRESH_MS (loads), and the DOM is rebuilt only when their text changes.
 */
export function createEstateTree(session: GameSession, onSelect: (sel: Selection) => void, selected: () => Selection | null): { el: HTMLElement; update(): void } {
  const el = h('nav', { class: 'estate', 'aria-label': 'Estate' });
  let text = '';
  let selectedKey = '';
  let versions = -1;
  let world: World | null = null;
  let refreshedAt = -Infinity;
  const item = (sel: Selection, label: string, detail: string) =>
    h(
      'button',
      { class: 'estate-item', 'data-kind': sel.kind, 'data-id': sel.id ?? sel.kind, 'aria-pressed': String(sameSelection(sel, selected())), onclick: () => onSelect(sel) },
      h('span', { class: 'estate-label' }, label),
      h('span', { class: 'estate-detail' }, detail),
    );
  const render = (rows: Row[]): HTMLElement[] => {
    const list = rows.filter((r) => !r.section).map((r) => h('li', {}, item(r.sel, r.label, r.detail)));
    const sections = rows.filter((r) => r.section).map((r) => h('section', { class: r.section!.kind, 'aria-label': r.section!.heading }, item(r.sel, r.label, r.detail), ...render(r.section!.rows)));
    return [h('ul', {}, ...list), ...sections];
  };

  return {
    el,
    update() {
      const w = session.world;
      const v = totalVersion(w);
      const now = performance.now();
      const sel = selected();
      const key = sel ? `${sel.kind} ${selectionId(sel)}` : '';
      if (w === world && v === versions && now - refreshedAt < FIGURES_REFRESH_MS && key === selectedKey) return;
      world = w;
      versions = v;
      refreshedAt = now;
      const rows = estateRows(w);
      const t = rowsText(rows);
      if (t === text && key === selectedKey) return;
      text = t;
      selectedKey = key;
      const focused = document.activeElement instanceof HTMLElement && el.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
      el.replaceChildren(...render(rows));
      if (focused) el.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}

/** The whole estate list's rows: what a player can select from it. */
export const estateRows = (w: World): Row[] => rowsUnder(w, '', '');

/** The rows under `parent`, walking the views that list themselves there. */
function rowsUnder(w: World, parent: string, parentId: string): Row[] {
  const rows: Row[] = [];
  for (const view of ENTITY_VIEWS) {
    if (view.estate.under !== parent) continue;
    for (const it of view.estate.items(w, parentId)) {
      const row: Row = { sel: selectionOf(view.kind, it.id), label: it.label, detail: it.detail };
      if (view.estate.section) row.section = { kind: view.kind, heading: view.heading(it.id), rows: rowsUnder(w, view.kind, it.id) };
      rows.push(row);
    }
  }
  return rows;
}

function rowsText(rows: readonly Row[]): string {
  return rows.map((r) => `${r.sel.kind} ${r.label} ${r.detail}${r.section ? `[${rowsText(r.section.rows)}]` : ''}`).join('|');
}

/** Moves whenever any kind's change version does (the simulation's read model). */
function totalVersion(w: World): number {
  let sum = 0;
  for (const k in w.versions) sum += changeVersion(w, k);
  return sum;
}
