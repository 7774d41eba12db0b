import { describe, expect, it } from 'vitest';
import { LEDGER_CATEGORIES, PRICES, SECONDS_PER_BILLING_MONTH, totalMicros } from '../../src/sim';
import { chargeHourly, chargeMonthly, chargePerGb, createLedger } from '../../src/sim/core/ledger';

const THIRTY_DAYS = 30 * 86_400;

describe('the ledger is exact to the micro-dollar', () => {
  it('charging an hourly rate every second for 30 days gives exactly rate × 720 h', () => {
    const ledger = createLedger(LEDGER_CATEGORIES);
    // m5.large ($0.096/h) and t3.nano ($0.0052/h): 96,000 and 5,200 µ$ per hour.
    for (let s = 0; s < THIRTY_DAYS; s++) {
      chargeHourly(ledger, 'compute', 96_000, 1);
      chargeHourly(ledger, 'loadBalancers', 5_200, 1);
    }
    expect(ledger.micros.compute).toBe(96_000 * 720);
    expect(ledger.micros.loadBalancers).toBe(5_200 * 720);
    expect(ledger.remainders.compute).toBe(0);
  });

  it('a monthly (GB-month) rate over a 730-hour month is exactly one month', () => {
    const ledger = createLedger(LEDGER_CATEGORIES);
    for (let s = 0; s < SECONDS_PER_BILLING_MONTH; s += 1) chargeMonthly(ledger, 'disks', PRICES.ebsGbMonthMicros * 8, 1);
    expect(ledger.micros.disks).toBe(8 * 80_000);
  });

  it('carries the fraction of a micro-dollar instead of losing or inventing it', () => {
    const ledger = createLedger(LEDGER_CATEGORIES);
    chargeHourly(ledger, 'compute', 1, 1); // 1/3600 µ$
    expect(ledger.micros.compute).toBe(0);
    for (let s = 1; s < 3600; s++) chargeHourly(ledger, 'compute', 1, 1);
    expect(ledger.micros.compute).toBe(1);
    expect(ledger.remainders.compute).toBe(0);
  });

  it('prices transfer per GB from kilobytes without rounding drift', () => {
    const ledger = createLedger(LEDGER_CATEGORIES);
    for (let i = 0; i < 1_000; i++) chargePerGb(ledger, 'transfer', PRICES.interAzGbMicros, 1_000); // 1 MB each
    expect(ledger.micros.transfer).toBe(10_000); // 1 GB at $0.01
    expect(Number.isSafeInteger(totalMicros(ledger))).toBe(true);
  });
});
