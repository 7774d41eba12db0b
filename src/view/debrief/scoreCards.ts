import { type ScenarioSpec, type Score } from '../../sim';
import { h } from '../dom/h';
import { axisScores, type AxisScore } from './axisScores';

/** The two axes side by side, each with its number, a gauge against target and par, and its stars. */
export function scoreCards(score: Score, scenario: Pick<ScenarioSpec, 'objectives' | 'par'>): HTMLElement {
  return h('div', { class: 'axis-cards' }, ...axisScores(score, scenario).map(card));
}

function card(a: AxisScore): HTMLElement {
  const headingId = `axis-${a.axis}`;
  const allMet = a.checks.every((c) => c.met);
  return h(
    'section',
    { class: 'axis-card', 'data-axis': a.axis, 'data-state': allMet ? 'met' : 'missed', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, a.title),
    h('p', { class: 'axis-value' }, a.value),
    gauge(a),
    h(
      'ul',
      { class: 'star-checks' },
      ...a.checks.map((c) =>
        h(
          'li',
          { 'data-earned': c.earned ? 'yes' : 'no', 'data-met': c.met ? 'yes' : 'no' },
          h('span', { class: 'star', 'aria-hidden': 'true' }, c.earned ? '★' : '☆'),
          h('span', { class: 'visually-hidden' }, c.earned ? `Star ${c.star} earned: ` : `Star ${c.star} not earned: `),
          h('span', { class: 'check-label' }, c.label),
          h('span', { class: 'check-verdict' }, `${c.met ? '✔' : '✖'} ${c.detail}`),
        ),
      ),
    ),
    a.par ? h('p', { class: 'axis-par' }, a.par) : null,
    ...a.notes.map((n) => h('p', { class: 'axis-note' }, n)),
  );
}

function gauge(a: AxisScore): HTMLElement {
  const g = a.gauge;
  const pct = (v: number) => `${(Math.max(0, Math.min(1, v)) * 100).toFixed(1)}%`;
  const tick = (at: number | null, label: string, cls: string) => (at === null ? null : h('span', { class: `gauge-tick ${cls}`, style: `left: ${pct(at)}` }, h('span', { class: 'gauge-tick-label' }, label)));
  const good = g.target === null ? true : g.higherIsBetter ? g.value >= g.target : g.value <= g.target;
  return h(
    'div',
    { class: 'gauge', 'aria-hidden': 'true', 'data-good': good ? 'yes' : 'no' },
    h('span', { class: 'gauge-fill', style: `width: ${pct(g.value)}` }),
    tick(g.target, a.axis === 'uptime' ? 'SLA' : 'budget', 'target'),
    tick(g.par, 'par', 'par'),
  );
}
