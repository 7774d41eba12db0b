import { h } from '../dom/h';
import type { Screen } from './screen';

/** Boot: a real progress bar over the loading steps (level catalog, board renderer, saved data). */
export function loadingScreen(): Screen & { setProgress(done: number, total: number, label: string): void } {
  const bar = h('progress', { max: '1', value: '0', 'aria-label': 'Loading' });
  const label = h('p', { class: 'muted' }, 'Loading…');
  const el = h('section', { class: 'screen loading', 'aria-busy': 'true' }, h('h2', {}, 'Loading'), bar, label);
  return {
    el,
    setProgress(done, total, text) {
      bar.max = total;
      bar.value = done;
      label.textContent = `${text} (${done} of ${total})`;
      if (done >= total) el.setAttribute('aria-busy', 'false');
    },
  };
}
