import type { LedgerCategory } from '../../sim';
import { h } from '../dom/h';
import { formatUsd } from '../format';
import { LEDGER_NAMES } from '../services/registry';

/** Where the money went: the ledger by category (named by each service view), largest first, with its share of the bill. */
export function ledgerTable(ledgerUsd: Record<string, number>): HTMLElement {
  const rows = Object.entries(ledgerUsd).filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((a, [, usd]) => a + usd, 0);
  if (rows.length === 0) return h('p', {}, 'Nothing was billed.');
  return h(
    'table',
    { class: 'ledger' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Category'), h('th', { scope: 'col' }, 'Cost'), h('th', { scope: 'col' }, 'Share'))),
    h(
      'tbody',
      {},
      ...rows.map(([cat, usd]) =>
        h(
          'tr',
          { 'data-category': cat },
          h('th', { scope: 'row' }, LEDGER_NAMES[cat as LedgerCategory] ?? cat),
          h('td', { class: 'num' }, formatUsd(usd)),
          h('td', { class: 'share' }, h('span', { class: 'share-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${((usd * 100) / total).toFixed(1)}%` })), `${Math.round((usd * 100) / total)} %`),
        ),
      ),
    ),
    h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, 'Total'), h('td', { class: 'num' }, formatUsd(total)), h('td', {}))),
  );
}
