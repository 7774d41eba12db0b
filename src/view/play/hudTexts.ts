import type { GameSession } from '../../runtime/session';
import { allowedBadWindows, totalMicros } from '../../sim';
import { formatElapsed, formatNowAndEnd, formatUsd, levelClock } from '../format';
import { HEALTH_WORDS, sessionHealth, type HealthState } from './healthOf';
import { uptimeStatus, type UptimeStatus } from './uptimeStatus';

/** Every HUD cell's words at one moment (pure over the session: tested without a DOM). */
export interface HudTexts {
  clock: string;
  left: string;
  health: HealthState;
  healthWords: string;
  uptime: UptimeStatus;
  success: string;
  latency: string;
  /** Spend so far (against the budget, when the level sets one). */
  cost: string;
  /** The monthly rate of what is running now, labelled as such. */
  runRate: string;
  demand: string;
}

export function hudTexts(session: GameSession): HudTexts {
  const w = session.world;
  const m = w.metrics;
  const s = session.recorder.smooth;
  const o = session.scenario.objectives;
  const cost = totalMicros(w.ledger) / 1e6;
  const rate = session.recorder.runRate.usdPerMonth();
  const speed = session.loop.speed;
  const health = sessionHealth(session);
  const capacity = session.recorder.capacityNowRps();
  return {
    clock: formatNowAndEnd(levelClock(session.scenario), w.tick, w.durationTicks),
    left: session.loop.paused ? 'paused' : `${formatElapsed((w.durationTicks - w.tick) / Math.max(speed, 0.001))} left`,
    health,
    healthWords: HEALTH_WORDS[health],
    uptime: uptimeStatus({ windows: m.windows, goodWindows: m.goodWindows, allowedBadMinutes: allowedBadWindows(w), slaPct: o.slaPct, finished: session.isFinished }),
    success: `${(m.requests > 0 ? (m.served * 100) / m.requests : 100).toFixed(2)} % served`,
    latency: `${Math.round(s.latencyMs)} ms`,
    cost: o.budgetUsd !== undefined ? `${formatUsd(cost)} so far of ${formatUsd(o.budgetUsd)}` : `${formatUsd(cost)} so far`,
    runRate: rate === null ? '' : `run rate now: ${formatUsd(rate)}/month`,
    // Before the first request nothing has measured the capacity: say only what is wanted.
    demand: capacity === null ? `${Math.round(s.demandRps)} req/s wanted` : capacity > 0 ? `${Math.round(s.demandRps)} wanted / ${Math.round(capacity)} capacity req/s` : `${Math.round(s.demandRps)} req/s wanted, no serving capacity`,
  };
}
