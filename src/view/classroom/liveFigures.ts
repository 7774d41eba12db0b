import type { GameSession } from '../../runtime/session';
import { totalMicros, allowedBadWindows } from '../../sim';
import { sessionHealth, type HealthState } from '../play/healthOf';
import { uptimeStatus, type UptimeStatus } from '../play/uptimeStatus';

/** The few numbers a class watches, read from a session at this moment. */
export interface LiveFigures {
  tick: number;
  durationTicks: number;
  /** Share of good one-minute windows so far, percent (100 before the first minute closes). */
  uptimePct: number;
  slaPct: number;
  /** Bad minutes the SLA still allows (negative: missed by that many). */
  budgetLeftMinutes: number;
  costUsd: number;
  budgetUsd: number | undefined;
  health: HealthState;
  /** Uptime so far and the error budget in words, with whether the SLA target is still reachable. */
  uptime: UptimeStatus;
  /** Faults running now, as "zone.powerInterruption on use1-az1 (29 min left)". */
  faults: { kind: string; targetId: string; secondsLeft: number }[];
}

export function liveFigures(session: GameSession): LiveFigures {
  const w = session.world;
  const m = w.metrics;
  return {
    tick: w.tick,
    durationTicks: w.durationTicks,
    uptimePct: m.windows > 0 ? (m.goodWindows * 100) / m.windows : 100,
    slaPct: session.scenario.objectives.slaPct,
    budgetLeftMinutes: allowedBadWindows(w) - (m.windows - m.goodWindows),
    costUsd: totalMicros(w.ledger) / 1e6,
    budgetUsd: session.scenario.objectives.budgetUsd,
    health: sessionHealth(session),
    uptime: uptimeStatus({ windows: m.windows, goodWindows: m.goodWindows, allowedBadMinutes: allowedBadWindows(w), slaPct: session.scenario.objectives.slaPct, finished: session.isFinished }),
    faults: w.faults.map((f) => ({ kind: f.kind, targetId: f.targetId, secondsLeft: Math.max(0, f.endTick - w.tick) })),
  };
}
