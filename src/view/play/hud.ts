import type { GameSession } from '../../runtime/session';
import { h, setText } from '../dom/h';
import { activeAlarms } from './alarms';
import { hudTexts } from './hudTexts';
import { sparkline } from './sparkline';

/**
 * The numbers that matter, readable between "fine" and "dead": uptime so far with the error budget
 * left and whether the SLA target is still reachable, request success, latency, spend so far against
 * budget and the monthly rate of what runs now, demand against capacity, sparklines of the last hour.
 * Every state is a word as well as a colour.
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
    runRate: h('output', { 'aria-label': 'Monthly rate of what is running now' }),
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
  return {
    el,
    update() {
      const t = hudTexts(session);
      setText(cells.clock, t.clock);
      setText(cells.left, t.left);
      setText(cells.uptime, t.uptime.uptime);
      setText(cells.budget, t.uptime.budget);
      cells.budget.dataset.state = t.uptime.state;
      setText(cells.success, t.success);
      setText(cells.latency, t.latency);
      setText(cells.cost, t.cost);
      setText(cells.runRate, t.runRate);
      setText(cells.demand, t.demand);
      setText(cells.health, t.healthWords);
      cells.health.dataset.state = t.health;
      const alarms = activeAlarms(session);
      setText(cells.alarms, alarms.length === 0 ? 'OK: none in alarm' : `ALARM: ${alarms.join('; ')}`);
      // One line on screen (a wrapping line would resize the board); the whole list on hover, and to
      // assistive technology, which reads the text whatever is clipped.
      if (cells.alarms.title !== cells.alarms.textContent) cells.alarms.title = cells.alarms.textContent ?? '';
      cells.alarms.dataset.state = alarms.length === 0 ? 'ok' : 'alarm';
      const recent = session.recorder.minutes.slice(-60);
      demandSpark.draw(recent.map((x) => x.demandRps), recent.map((x) => x.capacityRps));
      errorSpark.draw(recent.map((x) => x.failedRps), null);
    },
  };
}
