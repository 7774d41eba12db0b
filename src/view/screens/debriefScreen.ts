import type { GameSession } from '../../runtime/session';
import { h } from '../dom/h';
import { formatClock, formatUsd } from '../format';
import { starsText } from '../stars';
import type { Screen } from './screen';

export interface DebriefActions {
  retry(): void;
  next: (() => void) | null;
  menu(): void;
}

/**
 * After the run: stars on each axis against par, the lesson, the ledger, the incident numbers.
 * Charts over time come from the recorder (see debriefCharts, loaded with the chart library).
 */
export function debriefScreen(session: GameSession, actions: DebriefActions, extras: HTMLElement[] = []): Screen {
  const s = session.score;
  const o = session.scenario.objectives;
  const par = session.scenario.par;
  const won = s.outcome === 'won';
  const retry = h('button', { class: won ? '' : 'primary', 'data-control': 'retry', onclick: actions.retry }, 'Retry', h('kbd', {}, 'R'));
  const next = actions.next ? h('button', { class: 'primary', 'data-control': 'next', onclick: actions.next }, 'Next level', h('kbd', {}, 'N')) : null;
  const ledger = Object.entries(s.ledgerUsd).filter(([, usd]) => usd > 0).sort((a, b) => b[1] - a[1]);
  const el = h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-heading' },
    h('h2', { id: 'debrief-heading' }, `${won ? 'Won' : 'Lost'}: ${session.scenario.title}`),
    h('p', { class: 'stars big', 'aria-label': starsText(s.stars) }, '★'.repeat(s.stars) + '☆'.repeat(3 - s.stars), h('span', { class: 'visually-hidden' }, starsText(s.stars))),
    h(
      'dl',
      { class: 'results' },
      h('dt', {}, 'Uptime'),
      h('dd', {}, `${s.uptimePct.toFixed(2)} % (target ${o.slaPct} %${par?.uptimePct !== undefined ? `, par ${par.uptimePct} %` : ''}) — ${s.uptimePct >= o.slaPct ? 'met' : 'missed'}`),
      h('dt', {}, 'Cost'),
      h('dd', {}, `${formatUsd(s.costUsd)}${o.budgetUsd !== undefined ? ` (budget ${formatUsd(o.budgetUsd)})` : ''}${par?.costUsd !== undefined ? `, par ${formatUsd(par.costUsd)}` : ''}`),
      h('dt', {}, 'Requests served'),
      h('dd', {}, `${s.requestSuccessPct.toFixed(2)} %`),
      h('dt', {}, 'Data lost (RPO)'),
      h('dd', {}, `${s.dataLostSeconds} s of writes${o.rpoSeconds !== undefined ? ` (allowed ${o.rpoSeconds} s)` : ''}`),
      h('dt', {}, 'Longest interruption (RTO)'),
      h('dd', {}, `${formatClock(s.longestOutageSeconds)}${o.rtoSeconds !== undefined ? ` (allowed ${formatClock(o.rtoSeconds)})` : ''}`),
      h('dt', {}, 'Error budget'),
      h('dd', {}, s.errorBudgetMinutesLeft >= 0 ? `${s.errorBudgetMinutesLeft} bad minutes to spare` : `overspent by ${-s.errorBudgetMinutesLeft} minutes`),
    ),
    session.scenario.debrief ? h('section', { class: 'lesson' }, h('h3', {}, 'The lesson'), ...session.scenario.debrief.split(/\n\n+/).map((p) => h('p', {}, p))) : null,
    ...extras,
    h('h3', {}, 'Where the money went'),
    h('table', { class: 'ledger' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Category'), h('th', { scope: 'col' }, 'Cost'))), h('tbody', {}, ...ledger.map(([cat, usd]) => h('tr', {}, h('th', { scope: 'row' }, cat), h('td', {}, formatUsd(usd)))))),
    h('div', { class: 'actions' }, next, retry, h('button', { 'data-control': 'menu', onclick: actions.menu }, 'Levels', h('kbd', {}, 'Esc'))),
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'r' || e.key === 'R') actions.retry();
    else if ((e.key === 'n' || e.key === 'N') && actions.next) actions.next();
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return { el, focus: next ?? retry, dispose: () => document.removeEventListener('keydown', onKey) };
}
