import type { GameSession } from '../../runtime/session';
import type { ScriptedCommand } from '../../sim';
import type { DebriefBody } from '../debrief/debriefBody';
import '../debrief/debrief.css';
import { h } from '../dom/h';
import { formatElapsed, formatUsd } from '../format';
import { starsText } from '../stars';
import type { Screen } from './screen';

export interface DebriefActions {
  retry(): void;
  next: (() => void) | null;
  menu(): void;
}

/**
 * After the run: stars on each axis against par, the lesson, the incident timeline (MTTD, MTTR,
 * measured RTO and RPO), CloudWatch-style charts with fault markers, each with a text summary, the
 * top causes of failed requests, the ledger, and a replay re-simulated from the level, seed and
 * command log. The headline, the actions and the lesson appear at once; the rest (src/view/debrief)
 * is loaded on demand, and the chart library after it. Keys: R retry, N next, P play/pause the
 * replay, Esc levels (app-wide).
 */
export function debriefScreen(session: GameSession, actions: DebriefActions, extras: HTMLElement[] = [], parScript: readonly ScriptedCommand[] | null = null): Screen {
  const s = session.score;
  const sc = session.scenario;
  const o = sc.objectives;
  const won = s.outcome === 'won';
  let body: DebriefBody | null = null;
  let disposed = false;
  /** What the player asked of the replay before the detail had loaded. */
  let pending: ((b: DebriefBody) => void) | null = null;
  const withBody = (f: (b: DebriefBody) => void) => (body ? f(body) : (pending = f));

  // Focus lands on the verdict, not on a button: a Space or Enter still meant for the game cannot skip the debrief.
  const heading = h('h2', { id: 'debrief-heading', tabindex: '-1' }, `${won ? 'Won' : 'Lost'}: ${sc.title}`);
  const retry = h('button', { class: won ? '' : 'primary', 'data-control': 'retry', onclick: actions.retry }, 'Retry', h('kbd', {}, 'R'));
  const next = actions.next ? h('button', { class: 'primary', 'data-control': 'next', onclick: actions.next }, 'Next level', h('kbd', {}, 'N')) : null;
  const watch = h('button', { 'data-control': 'watch-replay', onclick: () => withBody((b) => b.watchFrom(0)) }, 'Watch replay', h('kbd', {}, 'P'));
  const cardsSlot = h('div', { class: 'debrief-loading', 'aria-hidden': 'true' });
  const bodySlot = h('p', { class: 'debrief-loading' }, 'Loading the incident timeline, charts and replay…');
  const lessonSlot = h('div', { class: 'debrief-loading', 'aria-hidden': 'true' });

  const el = h(
    'section',
    { class: 'screen debrief', 'aria-labelledby': 'debrief-heading', 'data-outcome': s.outcome },
    h(
      'header',
      { class: 'debrief-header' },
      h(
        'div',
        {},
        h('p', { class: 'debrief-kicker' }, won ? `Level complete · ${starsText(s.stars)}` : 'Level lost · no star earned'),
        heading,
        h('p', { class: 'debrief-verdict' }, `Uptime ${s.uptimePct.toFixed(2)} % (SLA ${o.slaPct} %) · cost ${formatUsd(s.costUsd)}${o.budgetUsd !== undefined ? ` (budget ${formatUsd(o.budgetUsd)})` : ''}`),
        h('div', { class: 'actions debrief-actions', role: 'group', 'aria-label': 'What next' }, next, retry, watch, h('button', { 'data-control': 'menu', onclick: actions.menu }, 'Levels', h('kbd', {}, 'Esc'))),
      ),
      h('p', { class: 'stars big', 'aria-label': starsText(s.stars) }, h('span', { 'aria-hidden': 'true' }, '★'.repeat(s.stars) + '☆'.repeat(3 - s.stars)), h('span', { class: 'visually-hidden' }, starsText(s.stars))),
    ),
    cardsSlot,
    h(
      'dl',
      { class: 'results' },
      h('dt', {}, 'Uptime'),
      h('dd', {}, `${s.uptimePct.toFixed(2)} % (target ${o.slaPct} %${sc.par?.uptimePct !== undefined ? `, par ${sc.par.uptimePct} %` : ''}) — ${s.uptimePct >= o.slaPct ? 'met' : 'missed'}`),
      h('dt', {}, 'Cost'),
      h('dd', {}, `${formatUsd(s.costUsd)}${o.budgetUsd !== undefined ? ` (budget ${formatUsd(o.budgetUsd)})` : ''}${sc.par?.costUsd !== undefined ? `, par ${formatUsd(sc.par.costUsd)}` : ''}`),
      h('dt', {}, 'Requests served'),
      h('dd', {}, `${s.requestSuccessPct.toFixed(2)} %`),
      h('dt', {}, 'Data lost (RPO)'),
      h('dd', {}, `${s.dataLostSeconds} s of writes${o.rpoSeconds !== undefined ? ` (allowed ${o.rpoSeconds} s)` : ''}`),
      h('dt', {}, 'Longest interruption (RTO)'),
      h('dd', {}, `${formatElapsed(s.longestOutageSeconds)}${o.rtoSeconds !== undefined ? ` (allowed ${formatElapsed(o.rtoSeconds)})` : ''}`),
      h('dt', {}, 'Error budget'),
      h('dd', {}, s.errorBudgetMinutesLeft >= 0 ? `${s.errorBudgetMinutesLeft} bad minutes to spare` : `overspent by ${-s.errorBudgetMinutesLeft} minutes`),
    ),
    // What this run showed (composed once the detail loads), then the level's own explanation.
    h('section', { class: 'lesson', 'aria-labelledby': 'lesson-heading' }, h('h3', { id: 'lesson-heading' }, 'The lesson'), lessonSlot, sc.debrief ? h('h4', {}, 'The idea') : null, ...(sc.debrief ?? '').split(/\n\n+/).filter((p) => p !== '').map((p) => h('p', {}, p))),
    ...extras,
    bodySlot,
  );

  void import('../debrief/debriefBody').then(
    (m) => {
      if (disposed) return;
      body = m.debriefBody(session, parScript);
      cardsSlot.replaceWith(body.cards);
      lessonSlot.replaceWith(body.lesson);
      bodySlot.replaceWith(...body.sections);
      pending?.(body);
      pending = null;
    },
    () => {
      cardsSlot.remove();
      lessonSlot.remove();
      bodySlot.textContent = 'The incident timeline, charts and replay could not load (are you offline?). The results above are complete.';
    },
  );

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA') && (t as HTMLInputElement).type !== 'range') return;
    const key = e.key.toLowerCase();
    if (key === 'r') actions.retry();
    else if (key === 'n' && actions.next) actions.next();
    else if (key === 'p') {
      withBody((b) => {
        b.replay.togglePlay();
        const box = b.replay.el.getBoundingClientRect();
        if (box.bottom < 0 || box.top > window.innerHeight) b.replay.el.scrollIntoView({ block: 'start' });
      });
    } else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return {
    el,
    focus: heading,
    update: () => body?.update(),
    dispose: () => {
      disposed = true;
      document.removeEventListener('keydown', onKey);
      body?.dispose();
    },
  };
}
