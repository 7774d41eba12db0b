import { totalMicros } from './core/ledger';
import { LEDGER_CATEGORIES } from './names';
import type { World } from './core/world';
import { allowedBadWindows } from './traffic/measureUptime';

export interface Score {
  uptimePct: number;
  requestSuccessPct: number;
  dataLostSeconds: number;
  costMicros: number;
  costUsd: number;
  ledgerUsd: Record<string, number>;
  errorBudgetMinutesLeft: number;
  longestOutageSeconds: number;
  stars: 0 | 1 | 2 | 3;
  outcome: 'won' | 'lost';
}

const round = (v: number, places: number): number => Math.round(v * 10 ** places) / 10 ** places;

/**
 * Two axes, never blended: uptime (share of good one-minute windows) and cost. Stars (GAME.md):
 * ★ the SLA target is met (and the RPO/RTO targets, when the level sets them); ★★ also within
 * budget; ★★★ also at or under the level's par cost. A run is won with at least one star.
 */
export function score(world: World): Score {
  const m = world.metrics;
  const o = world.scenario.objectives;
  const uptimePct = m.windows > 0 ? round((m.goodWindows * 100) / m.windows, 3) : 100;
  const requestSuccessPct = m.requests > 0 ? round((m.served * 100) / m.requests, 3) : 100;
  const costMicros = totalMicros(world.ledger);
  const costUsd = costMicros / 1_000_000;
  const ledgerUsd = Object.fromEntries(LEDGER_CATEGORIES.map((c) => [c, world.ledger.micros[c] / 1_000_000]));
  const longestOutageSeconds = m.longestOutageTicks;
  const slaMet = uptimePct >= o.slaPct;
  const rpoMet = o.rpoSeconds === undefined || m.dataLostSeconds <= o.rpoSeconds;
  const rtoMet = o.rtoSeconds === undefined || longestOutageSeconds <= o.rtoSeconds;
  const budgetMet = o.budgetUsd === undefined || costUsd <= o.budgetUsd;
  const parCost = world.scenario.par?.costUsd;
  let stars: Score['stars'] = 0;
  if (slaMet && rpoMet && rtoMet) stars = 1;
  if (stars === 1 && budgetMet) stars = 2;
  if (stars === 2 && parCost !== undefined && costUsd <= parCost) stars = 3;
  return {
    uptimePct,
    requestSuccessPct,
    dataLostSeconds: m.dataLostSeconds,
    costMicros,
    costUsd,
    ledgerUsd,
    errorBudgetMinutesLeft: allowedBadWindows(world) - (m.windows - m.goodWindows),
    longestOutageSeconds,
    stars,
    outcome: stars >= 1 ? 'won' : 'lost',
  };
}
