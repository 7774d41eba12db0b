import { h } from './dom/h';

/**
 * "A new version is ready": shown when a new build has taken over from the one this page runs (it
 * was cached in the background). Reloading is the player's choice: a run in progress is not thrown
 * away for them. Announced politely, keyboard reachable, dismissable.
 */
export function showUpdateReady(parent: HTMLElement, reload: () => void): HTMLElement {
  const existing = parent.querySelector<HTMLElement>('.update-ready');
  if (existing) return existing;
  const bar: HTMLElement = h(
    'div',
    { class: 'update-ready', role: 'status' },
    h('span', {}, 'A new version of Blast Radius is ready. Reload to use it (a run in progress ends).'),
    h('button', { class: 'primary', 'data-control': 'reload-update', onclick: reload }, 'Reload'),
    h('button', { 'data-control': 'dismiss-update', onclick: () => bar.remove() }, 'Later'),
  );
  parent.prepend(bar);
  return bar;
}
