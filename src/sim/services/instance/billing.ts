import { chargeHourly, chargeMonthly, type Ledger } from '../../core/ledger';
import type { World } from '../../core/world';
import { INSTANCE_PRICES } from './constants';
import { instanceHourlyMicros } from './pricing';
import type { BillRates, Instance } from './state';
import { BILLS_COMPUTE } from './tags';

/**
 * One second of the fleet's bill: per-second compute while running (the 60 s minimum is settled when
 * an instance leaves running), disks while not terminated (also while stopped), Dedicated fees. The
 * rates are kept up to date as instances change (billing.ts's `rebill`), so a tick costs O(1).
 */
export function billInstances(world: World, ledger: Ledger): void {
  const rates = world.billRates;
  chargeHourly(ledger, 'compute', rates.computeMicrosPerHour, 1);
  chargeMonthly(ledger, 'disks', INSTANCE_PRICES.ebsGbMonthMicros * rates.diskGb, 1);
  chargeHourly(ledger, 'dedicated', dedicatedMicrosPerHour(rates), 1);
}

/** A Region with any Dedicated Instance running pays its fee once; a Dedicated Host bills whatever runs on it. */
export function dedicatedMicrosPerHour(rates: BillRates): number {
  let regions = 0;
  for (const count of Object.values(rates.dedicatedRunningByRegion)) if (count > 0) regions += 1;
  return regions * INSTANCE_PRICES.dedicatedRegionFeeHourMicros + rates.hosts * INSTANCE_PRICES.dedicatedHostHourMicros;
}

/** What one instance adds to the fleet's rates as it is now (whole micro-dollars and GB: sums stay exact). */
interface Contribution {
  compute: number;
  diskGb: number;
  host: number;
  dedicatedRegion: string | null;
}

export function contributionOf(inst: Instance): Contribution {
  if (inst.state === 'terminated') return { compute: 0, diskGb: 0, host: 0, dedicatedRegion: null };
  const billed = BILLS_COMPUTE.has(inst.state);
  return {
    compute: billed && inst.tenancy !== 'host' ? instanceHourlyMicros(inst) : 0,
    diskGb: inst.diskGb,
    // A Dedicated Host bills per host-hour whatever runs on it, even while the instance is stopped.
    host: inst.tenancy === 'host' ? 1 : 0,
    dedicatedRegion: billed && inst.tenancy === 'dedicated' ? inst.regionId : null,
  };
}

/** Moves the fleet's rates from what an instance contributed to what it contributes now. */
export function rebill(world: World, before: Contribution, inst: Instance): void {
  const after = contributionOf(inst);
  const rates = world.billRates;
  rates.computeMicrosPerHour += after.compute - before.compute;
  rates.diskGb += after.diskGb - before.diskGb;
  rates.hosts += after.host - before.host;
  if (before.dedicatedRegion !== null) rates.dedicatedRunningByRegion[before.dedicatedRegion] = (rates.dedicatedRunningByRegion[before.dedicatedRegion] ?? 0) - 1;
  if (after.dedicatedRegion !== null) rates.dedicatedRunningByRegion[after.dedicatedRegion] = (rates.dedicatedRunningByRegion[after.dedicatedRegion] ?? 0) + 1;
}

export const NO_CONTRIBUTION: Contribution = { compute: 0, diskGb: 0, host: 0, dedicatedRegion: null };

/** The rates worked out from scratch (the invariants check that the kept-up-to-date ones agree). */
export function fleetRates(world: World): BillRates {
  const rates: BillRates = { computeMicrosPerHour: 0, diskGb: 0, hosts: 0, dedicatedRunningByRegion: {} };
  for (const inst of world.instances) rebillInto(rates, inst);
  return rates;
}

function rebillInto(rates: BillRates, inst: Instance): void {
  const c = contributionOf(inst);
  rates.computeMicrosPerHour += c.compute;
  rates.diskGb += c.diskGb;
  rates.hosts += c.host;
  if (c.dedicatedRegion !== null) rates.dedicatedRunningByRegion[c.dedicatedRegion] = (rates.dedicatedRunningByRegion[c.dedicatedRegion] ?? 0) + 1;
}
