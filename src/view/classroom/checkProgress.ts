import { h, setText } from '../dom/h';

export interface CheckProgress {
  /** A bar, the item being re-simulated with its elapsed time, and Cancel; hidden when idle. */
  el: HTMLElement;
  cancelButton: HTMLButtonElement;
  start(total: number): void;
  /** `index` is 0-based: "Re-simulating Ada (12 of 40)…". */
  item(index: number, label: string): void;
  done(count: number): void;
  stop(): void;
}

/** How often the elapsed seconds redraw: often enough to show it is alive, rarely enough to cost nothing. */
const TICK_MS = 500;

/**
 * What the teacher sees while hand-ins are re-simulated off the page's thread: how many are done,
 * which one is running and for how long (a heavy one takes seconds, and the clock shows it has not
 * hung), and a Cancel button. The line is not a live region: screen readers hear the screen's own
 * role=status, which changes once per hand-in, not twice a second.
 */
export function checkProgress(onCancel: () => void): CheckProgress {
  const bar = h('progress', { max: '1', value: '0', 'aria-label': 'Hand-ins checked' });
  const line = h('span', { class: 'check-progress-line' });
  const cancelButton = h('button', { 'data-control': 'cancel-check', onclick: onCancel }, 'Cancel');
  const el = h('div', { class: 'check-progress', hidden: true }, bar, line, cancelButton);
  let timer: ReturnType<typeof setInterval> | undefined;
  let total = 0;
  let current = '';
  let startedAt = 0;
  const draw = () => setText(line, `${current} ${Math.floor((performance.now() - startedAt) / 1000)} s`);
  return {
    el,
    cancelButton,
    start(n) {
      total = n;
      bar.max = Math.max(1, n);
      bar.value = 0;
      el.hidden = false;
      clearInterval(timer);
      timer = setInterval(draw, TICK_MS);
    },
    item(index, label) {
      current = `Re-simulating ${label} (${index + 1} of ${total})…`;
      startedAt = performance.now();
      draw();
    },
    done(count) {
      bar.value = count;
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
      el.hidden = true;
    },
  };
}
