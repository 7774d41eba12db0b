import type { GameSession } from '../../runtime/session';
import { UTILISATION_ALARM } from './utilisationAlarm';

export type HealthState = 'healthy' | 'strained' | 'failing' | 'degraded' | 'down';

/** The service's state as one word (and a shape): never colour alone. */
export const HEALTH_WORDS: Record<HealthState, string> = {
  healthy: '● Healthy',
  strained: '▲ Strained: near capacity',
  failing: '▲ Strained: some requests failing',
  degraded: '◆ Degraded: requests failing',
  down: '✖ Down',
};

export interface HealthFigures {
  /** Smoothed (~30 s) requests per second wanted, and failed or too slow. */
  demandRps: number;
  failedRps: number;
  /** What the instances serving now can take, requests per second. */
  capacityNowRps: number;
  /** Requests that failed or were too slow in the last tick, and in the minute being measured. */
  lastFailedRps: number;
  minuteBadRequests: number;
}

/**
 * Health from what requests are doing. The smoothed share decides "down" (over half failing) and
 * "degraded" (over 1 %), so a single bad tick does not flash the word; but any request failing in
 * the last tick or in this minute is never "Healthy" — a playtest saw requests fail at 81 % load
 * (queueing, spot churn) while the smoothed share sat just under 1 % and Health said Healthy.
 */
export function healthOf(f: HealthFigures): HealthState {
  const share = f.demandRps > 0 ? f.failedRps / f.demandRps : 0;
  if (share > 0.5) return 'down';
  if (share > 0.01) return 'degraded';
  if (f.lastFailedRps > 0 || f.minuteBadRequests > 0) return 'failing';
  return f.capacityNowRps > 0 && f.demandRps / f.capacityNowRps > UTILISATION_ALARM ? 'strained' : 'healthy';
}

/** A session's health now (before its first step nothing is measured: it is as good as its estate). */
export function sessionHealth(session: GameSession): HealthState {
  const w = session.world;
  const s = session.recorder.smooth;
  if (w.tick === 0) return 'healthy';
  return healthOf({ demandRps: s.demandRps, failedRps: s.failedRps, capacityNowRps: session.recorder.capacityNowRps() ?? Number.POSITIVE_INFINITY, lastFailedRps: w.metrics.lastFailedRps, minuteBadRequests: w.metrics.windowBad });
}
