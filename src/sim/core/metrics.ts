import type { FailureCause } from '../services/registry';

export type { FailureCause };

/**
 * Running totals for scoring. Uptime is SLA-style: the share of one-minute windows that were good
 * (DOMAIN §1.3: AWS counts unavailable minutes). A window is good when its failed + too-slow
 * requests stay at or under the level's threshold.
 */
export interface Metrics {
  /** Requests that arrived, were served within the SLO, failed (errors), or were served too slowly. */
  requests: number;
  served: number;
  failed: number;
  slow: number;
  /** The current one-minute window: its counters reset at the end of each minute. */
  windowRequests: number;
  windowBad: number;
  windows: number;
  goodWindows: number;
  /** Consecutive bad windows right now. */
  badStreakWindows: number;
  sessionsLost: number;
  /**
   * Why requests failed, for the debrief's "top causes": the same requests as `failed` + `slow`
   * (fractional: causes are shares of whole requests). The causes are the kinds' own.
   */
  failedByCause: Record<FailureCause, number>;
  /** Seconds of committed writes lost (summed over incidents). */
  dataLostSeconds: number;
  /** Last tick's figures, for the HUD and the Auto Scaling metric. */
  lastDemandRps: number;
  lastServedRps: number;
  lastFailedRps: number;
  lastLatencyMs: number;
  capacityRps: number;
  /** Outage bookkeeping for measured RTO: the tick service went bad, and the longest bad stretch. */
  outageStartTick: number | null;
  longestOutageTicks: number;
}

export function createMetrics(causes: readonly FailureCause[]): Metrics {
  return {
    requests: 0,
    served: 0,
    failed: 0,
    slow: 0,
    windowRequests: 0,
    windowBad: 0,
    windows: 0,
    goodWindows: 0,
    badStreakWindows: 0,
    sessionsLost: 0,
    failedByCause: Object.fromEntries(causes.map((c) => [c, 0])) as Record<FailureCause, number>,
    dataLostSeconds: 0,
    lastDemandRps: 0,
    lastServedRps: 0,
    lastFailedRps: 0,
    lastLatencyMs: 0,
    capacityRps: 0,
    outageStartTick: null,
    longestOutageTicks: 0,
  };
}
