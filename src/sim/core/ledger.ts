import type { FailureCause, LedgerCategory } from '../services/registry';
import { SECONDS_PER_BILLING_MONTH, SECONDS_PER_HOUR } from './constants';

export type { FailureCause, LedgerCategory };

/**
 * Money in integer micro-dollars. Rates are applied per second; the fraction of a micro-dollar that
 * does not divide evenly is carried in `remainders` (in units of 1 / SECONDS_PER_BILLING_MONTH µ$),
 * so totals are exact to the micro-dollar over any run length, with no floating point.
 * The categories are the kinds' own (services/registry.ts lists them in order).
 */
export interface Ledger {
  micros: Record<LedgerCategory, number>;
  remainders: Record<LedgerCategory, number>;
}

export function createLedger(categories: readonly LedgerCategory[]): Ledger {
  const zeros = () => Object.fromEntries(categories.map((c) => [c, 0])) as Record<LedgerCategory, number>;
  return { micros: zeros(), remainders: zeros() };
}

const HOURS_PER_MONTH = SECONDS_PER_BILLING_MONTH / SECONDS_PER_HOUR; // 730

/** Charges `seconds` at an hourly rate (µ$ per hour, an integer). */
export function chargeHourly(ledger: Ledger, category: LedgerCategory, microsPerHour: number, seconds: number): void {
  addScaled(ledger, category, microsPerHour * HOURS_PER_MONTH * seconds);
}

/** Charges `seconds` at a monthly rate (µ$ per 730-hour month, an integer), e.g. GB-months. */
export function chargeMonthly(ledger: Ledger, category: LedgerCategory, microsPerMonth: number, seconds: number): void {
  addScaled(ledger, category, microsPerMonth * seconds);
}

/** Charges a whole number of micro-dollars at once. */
export function chargeMicros(ledger: Ledger, category: LedgerCategory, micros: number): void {
  ledger.micros[category] += micros;
}

/**
 * Exact integer arithmetic with a carried remainder, so charging n seconds at once gives the same
 * micro-dollars and remainder as charging one second n times (the fast path relies on it).
 */
function addScaled(ledger: Ledger, category: LedgerCategory, scaled: number): void {
  if (scaled === 0) return;
  const total = ledger.remainders[category] + scaled;
  const whole = Math.floor(total / SECONDS_PER_BILLING_MONTH);
  ledger.micros[category] += whole;
  ledger.remainders[category] = total - whole * SECONDS_PER_BILLING_MONTH;
}

export function totalMicros(ledger: Ledger): number {
  let sum = 0;
  for (const c of Object.keys(ledger.micros) as LedgerCategory[]) sum += ledger.micros[c];
  return sum;
}

/**
 * Charges transfer or processed bytes at a per-GB price. Kilobytes × (µ$ per GB) × 730·3600 / 10⁶
 * is whole for every price that is a multiple of 1,000 µ$ (all of ours), so this stays exact.
 */
export function chargePerGb(ledger: Ledger, category: LedgerCategory, microsPerGb: number, kilobytes: number): void {
  if (kilobytes <= 0) return;
  addScaled(ledger, category, (kilobytes * microsPerGb * (SECONDS_PER_BILLING_MONTH / 1000)) / 1000);
}
