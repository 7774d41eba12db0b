import { SECONDS_PER_BILLING_MONTH, totalMicros, type Ledger } from '../sim';

/** The spend so far in micro-dollars, with the carried fractions, so a one-second difference is exact. */
export function exactMicros(ledger: Ledger): number {
  let carried = 0;
  for (const v of Object.values(ledger.remainders)) carried += v;
  return totalMicros(ledger) + carried / SECONDS_PER_BILLING_MONTH;
}

export interface RunRate {
  /** Records the spend so far after a one-second step. */
  push(micros: number): void;
  /** Dollars per 730-hour month at the rate of the last `windowTicks` seconds; null before two samples. */
  usdPerMonth(): number | null;
}

/**
 * The monthly run rate of what is running now: the spend of the last minute, scaled to a month.
 * An average over the whole run (cost so far ÷ hours) fell when servers were added, because the
 * early hours still weighed on it; a short window follows the estate within a minute and smooths
 * per-request charges and one-off charges (an instance's first-minute minimum) over that minute.
 */
export function createRunRate(windowTicks = 60): RunRate {
  const samples: number[] = [];
  return {
    push(micros) {
      samples.push(micros);
      if (samples.length > windowTicks + 1) samples.shift();
    },
    usdPerMonth() {
      if (samples.length < 2) return null;
      const perSecond = (samples[samples.length - 1]! - samples[0]!) / (samples.length - 1);
      return (perSecond * SECONDS_PER_BILLING_MONTH) / 1_000_000;
    },
  };
}
