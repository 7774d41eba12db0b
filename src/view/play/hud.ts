import type { GameSession } from '../../runtime/session';
import { totalMicros, allowedBadWindows } from '../../sim';
import { h, setText } from '../dom/h';
import { formatElapsed, formatNowAndEnd, formatUsd, levelClock } from '../format';
import { activeAlarms } from './alarms';
import { sparkline } from './sparkline';

export type HealthState = 'healthy' | 'strained' | 'degraded' | 'down';

/** The service's state as one word (and a shape), from the smoothed figures: never colour alone. */
export const HEALTH_WORDS: Record<HealthState, string> = { healthy: '● Healthy', strained: '▲ Strained: near capacity', degraded: '◆ Degraded: requests failing', down: '✖ Down' };

export function healthOf(s: { demandRps: number; failedRps: number; capacityRps: number }): HealthState {
  const failing = s.demandRps > 0 ? s.failedRps / s.demandRps : 0;
  return failing > 0.5 ? 'down' : failing > 0.01 ? 'degraded' : s.capacityRps > 0 && s.demandRps / s.capacityRps > 0.85 ? 'strained' : 'healthy';
}

/**
 * The numbers that matter, readable between "fine" and "dead": uptime against the SLA with the
 * error budget left, request success, latency, cost against budget and the monthly run-rate, demand
 * against capacity (smoothed), sparklines of the last hour. Every state is a word as well as a colour.
 */
export function createHud(session: GameSession): { el: HTMLElement; update(): void } {
  const cells = {
    clock: h('output', { 'aria-label': 'Simulated time' }),
    left: h('output', { 'aria-label': 'Real time left at this speed' }),
    uptime: h('output', { 'aria-label': 'Uptime' }),
    budget: h('output', { 'aria-label': 'Error budget left' }),
    success: h('output', { 'aria-label': 'Request success' }),
    latency: h('output', { 'aria-label': 'Latency' }),
    cost: h('output', { 'aria-label': 'Cost so far' }),
    runRate: h('output', { 'aria-label': 'Monthly run-rate' }),
    demand: h('output', { 'aria-label': 'Demand and capacity' }),
    health: h('output', { class: 'health', 'aria-label': 'Service health' }),
    alarms: h('output', { class: 'alarms', 'aria-label': 'Alarms' }),
  };
  const demandSpark = sparkline('Demand (line) vs capacity (shaded), last hour');
  const errorSpark = sparkline('Failed requests per second, last hour');
  const row = (label: string, ...content: (HTMLElement | SVGElement)[]) => h('div', { class: 'hud-item' }, h('span', { class: 'hud-label' }, label), ...content);
  const el = h(
    'section',
    { class: 'hud', 'aria-label': 'Service status' },
    row('Time', cells.clock, cells.left),
    row('Health', cells.health),
    row('Uptime', cells.uptime, cells.budget),
    row('Requests', cells.success, cells.latency),
    row('Cost', cells.cost, cells.runRate),
    row('Traffic', cells.demand, demandSpark.el),
    row('Errors', errorSpark.el),
    row('Alarms', cells.alarms),
  );
  const o = session.scenario.objectives;
  const clock = levelClock(session.scenario);
  return {
    el,
    update() {
      const w = session.world;
      const m = w.metrics;
      const s = session.recorder.smooth;
      const uptime = m.windows > 0 ? (m.goodWindows * 100) / m.windows : 100;
      const budgetLeft = allowedBadWindows(w) - (m.windows - m.goodWindows);
      const cost = totalMicros(w.ledger) / 1e6;
      const hours = w.tick / 3600;
      const speed = session.loop.speed;
      setText(cells.clock, formatNowAndEnd(clock, w.tick, w.durationTicks));
      setText(cells.left, session.loop.paused ? 'paused' : `${formatElapsed((w.durationTicks - w.tick) / Math.max(speed, 0.001))} left`);
      setText(cells.uptime, `${uptime.toFixed(2)} % (target ${o.slaPct} %)`);
      setText(cells.budget, budgetLeft >= 0 ? `${budgetLeft} bad min left` : `SLA missed by ${-budgetLeft} min`);
      const success = m.requests > 0 ? (m.served * 100) / m.requests : 100;
      setText(cells.success, `${success.toFixed(2)} % served`);
      setText(cells.latency, `${Math.round(s.latencyMs)} ms`);
      setText(cells.cost, o.budgetUsd !== undefined ? `${formatUsd(cost)} of ${formatUsd(o.budgetUsd)}` : formatUsd(cost));
      setText(cells.runRate, hours > 0 ? `${formatUsd((cost / hours) * 730)}/month` : '');
      setText(cells.demand, `${Math.round(s.demandRps)} wanted / ${Math.round(s.capacityRps)} capacity req/s`);
      const state = healthOf(s);
      setText(cells.health, HEALTH_WORDS[state]);
      cells.health.dataset.state = state;
      const alarms = activeAlarms(session);
      setText(cells.alarms, alarms.length === 0 ? 'OK: none in alarm' : `ALARM: ${alarms.join('; ')}`);
      cells.alarms.dataset.state = alarms.length === 0 ? 'ok' : 'alarm';
      const recent = session.recorder.minutes.slice(-60);
      demandSpark.draw(recent.map((x) => x.demandRps), recent.map((x) => x.capacityRps));
      errorSpark.draw(recent.map((x) => x.failedRps), null);
    },
  };
}
