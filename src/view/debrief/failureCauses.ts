import { FAILURE_CAUSES, type FailureCause } from '../../sim';
import { CAUSE_WORDS } from '../services/registry';

export interface CauseRow {
  cause: FailureCause;
  name: string;
  /** One plain sentence: why these requests failed. */
  why: string;
  requests: number;
  /** Share of all failed and too-slow requests, percent. */
  sharePct: number;
}

/**
 * The top causes of failed requests, largest first, with plain-language names (each service view
 * words its own causes). Causes are fractional shares of whole requests in the simulation; counts
 * are rounded here for display, and causes that round to no request at all are left out.
 */
export function topCauses(failedByCause: Readonly<Record<FailureCause, number>>): CauseRow[] {
  const total = FAILURE_CAUSES.reduce((a, c) => a + Math.max(0, failedByCause[c] ?? 0), 0);
  return FAILURE_CAUSES.map((cause) => ({ cause, ...(CAUSE_WORDS[cause] ?? { name: cause, why: cause }), requests: Math.round(Math.max(0, failedByCause[cause] ?? 0)), sharePct: total > 0 ? (Math.max(0, failedByCause[cause] ?? 0) * 100) / total : 0 }))
    .filter((r) => r.requests > 0)
    .sort((a, b) => b.requests - a.requests || FAILURE_CAUSES.indexOf(a.cause) - FAILURE_CAUSES.indexOf(b.cause));
}
