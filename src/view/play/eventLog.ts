import { type SimEvent } from '../../sim';
import { h } from '../dom/h';
import type { LevelClock } from '../format';
import { describeEvent, isBadNews } from './describeEvent';

const MAX_LINES = 200;

/** The event log: what happened, when, and why, newest first. */
export function createEventLog(clock: LevelClock): { el: HTMLElement; add(events: readonly SimEvent[]): void } {
  const list = h('ol', { class: 'event-log-list', reversed: true });
  // Focusable: it scrolls, and keyboard users must be able to scroll it too (WCAG 2.1.1).
  const el = h('section', { class: 'event-log', 'aria-label': 'Event log', tabindex: '0' }, h('h2', {}, 'Event log'), list);
  return {
    el,
    add(events) {
      for (const e of events) {
        const text = describeEvent(e, clock);
        if (text === null) continue;
        list.prepend(h('li', { 'data-type': e.type, ...(isBadNews(e) ? { 'data-tone': 'bad' } : {}) }, text));
      }
      while (list.childElementCount > MAX_LINES) list.lastElementChild?.remove();
    },
  };
}
