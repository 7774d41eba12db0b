import { type FailureCause } from '../../sim';
import { h } from '../dom/h';
import { topCauses } from './failureCauses';

/** Top causes of failed requests as a sorted bar list: the bar is decoration, the words carry it. */
export function causesList(failedByCause: Readonly<Record<FailureCause, number>>): HTMLElement {
  const rows = topCauses(failedByCause);
  if (rows.length === 0) return h('p', { class: 'causes-empty' }, '✔ No request failed or was too slow.');
  const top = rows[0]!.requests;
  return h(
    'ol',
    { class: 'causes' },
    ...rows.map((r) =>
      h(
        'li',
        { 'data-cause': r.cause },
        h('span', { class: 'cause-name' }, r.name),
        h('span', { class: 'cause-count' }, `${r.requests.toLocaleString('en-US')} requests · ${r.sharePct < 1 ? '<1' : Math.round(r.sharePct)} %`),
        h('span', { class: 'cause-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${Math.max(1, (r.requests * 100) / top).toFixed(1)}%` })),
        h('span', { class: 'cause-why' }, r.why[0]!.toUpperCase() + r.why.slice(1) + '.'),
      ),
    ),
  );
}
