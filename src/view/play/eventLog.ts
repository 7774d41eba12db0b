import type { SimEvent } from '../../sim/events';
import { h } from '../dom/h';
import { describeEvent } from './describeEvent';

const MAX_LINES = 200;

/** The event log: what happened, when, and why, newest first. */
export function createEventLog(): { el: HTMLElement; add(events: readonly SimEvent[]): void } {
  const list = h('ol', { class: 'event-log-list', reversed: true });
  const el = h('section', { class: 'event-log', 'aria-label': 'Event log' }, h('h2', {}, 'Event log'), list);
  return {
    el,
    add(events) {
      for (const e of events) {
        const text = describeEvent(e);
        if (text === null) continue;
        list.prepend(h('li', { 'data-type': e.type }, text));
      }
      while (list.childElementCount > MAX_LINES) list.lastElementChild?.remove();
    },
  };
}
