import type { GameSession } from '../../runtime/session';
import { faultName } from '../debrief/faultNames';
import { h, setText } from '../dom/h';
import { formatElapsed, formatNowAndEnd, formatUsd, levelClock } from '../format';
import { HEALTH_WORDS } from '../play/healthOf';
import { liveFigures } from './liveFigures';

export interface MinimalHudOptions {
  /** Prefix for the accessible names when two HUDs share a screen ("Par" → "Par uptime"). */
  who?: string;
  /** Show the real-time clock state (paused / left) beside the simulated time. */
  showClock?: boolean;
}

/**
 * The presenter's HUD: only the numbers a class can read from the back of the room — simulated
 * time, the health word, uptime against the SLA, error budget left, cost against budget, and the
 * faults running now. Every state is a word and a shape as well as a colour.
 */
export function createMinimalHud(session: GameSession, options: MinimalHudOptions = {}): { el: HTMLElement; update(): void } {
  const who = options.who ? `${options.who} ` : '';
  const name = (n: string) => (who ? `${who}${n.toLowerCase()}` : n);
  const cells = {
    clock: h('output', { 'aria-label': who ? `${who}simulated time` : 'Simulated time' }),
    health: h('output', { class: 'health', 'aria-label': name('Service health') }),
    uptime: h('output', { 'aria-label': name('Uptime') }),
    budget: h('output', { 'aria-label': name('Error budget left') }),
    cost: h('output', { 'aria-label': name('Cost so far') }),
    faults: h('output', { class: 'active-faults', 'aria-label': name('Faults now') }),
  };
  const item = (label: string, cell: HTMLElement, key: string) => h('div', { class: 'hud-item', 'data-hud': key }, h('span', { class: 'hud-label' }, label), cell);
  const el = h(
    'section',
    { class: 'hud minimal-hud', 'aria-label': who ? `${options.who} status` : 'Service status' },
    item('Time', cells.clock, 'time'),
    item('Health', cells.health, 'health'),
    item('Uptime', cells.uptime, 'uptime'),
    item('Error budget', cells.budget, 'budget'),
    item('Cost', cells.cost, 'cost'),
    item('Faults now', cells.faults, 'faults'),
  );
  const clock = levelClock(session.scenario);
  return {
    el,
    update() {
      const f = liveFigures(session);
      const paused = options.showClock && session.loop.paused && !session.isFinished ? ' · paused' : '';
      setText(cells.clock, `${formatNowAndEnd(clock, f.tick, f.durationTicks)}${paused}`);
      setText(cells.health, HEALTH_WORDS[f.health]);
      cells.health.dataset.state = f.health;
      setText(cells.uptime, f.uptime.uptime);
      setText(cells.budget, f.uptime.budget);
      cells.budget.dataset.state = f.uptime.state === 'ok' ? 'ok' : 'spent';
      setText(cells.cost, f.budgetUsd !== undefined ? `${formatUsd(f.costUsd)} of ${formatUsd(f.budgetUsd)}` : formatUsd(f.costUsd));
      cells.cost.dataset.state = f.budgetUsd !== undefined && f.costUsd > f.budgetUsd ? 'over' : 'ok';
      setText(cells.faults, f.faults.length === 0 ? 'None' : f.faults.map((x) => `${faultName(x.kind)}${x.targetId ? ` on ${x.targetId}` : ''} (${formatElapsed(x.secondsLeft)} left)`).join('; '));
      cells.faults.dataset.state = f.faults.length === 0 ? 'none' : 'active';
    },
  };
}
