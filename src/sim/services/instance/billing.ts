import { chargeHourly, chargeMonthly, type Ledger } from '../../core/ledger';
import type { World } from '../../core/world';
import { INSTANCE_PRICES } from './constants';
import { instanceHourlyMicros } from './pricing';
import type { BillRates } from './state';
import { BILLS_COMPUTE } from './transitionInstance';

/**
 * One second of the fleet's bill: per-second compute while running (the 60 s minimum is settled when
 * an instance leaves running), disks while not terminated (also while stopped), Dedicated fees.
 */
export function billInstances(world: World, ledger: Ledger): void {
  if (world.fleetChanged) {
    world.billRates = fleetRates(world);
    world.fleetChanged = false;
  }
  const rates = world.billRates;
  chargeHourly(ledger, 'compute', rates.computeMicrosPerHour, 1);
  chargeMonthly(ledger, 'disks', INSTANCE_PRICES.ebsGbMonthMicros * rates.diskGb, 1);
  chargeHourly(ledger, 'dedicated', rates.dedicatedMicrosPerHour, 1);
}

/** Recomputed only when the fleet changes: the hot loop pays O(1) per tick for instances. */
export function fleetRates(world: World): BillRates {
  let computeMicrosPerHour = 0;
  let diskGb = 0;
  const dedicatedRegions = new Set<string>();
  let hosts = 0;
  for (const inst of world.instances) {
    if (inst.state === 'terminated') continue;
    diskGb += inst.diskGb;
    // A Dedicated Host bills per host-hour whatever runs on it, even while the instance is stopped.
    if (inst.tenancy === 'host') hosts += 1;
    if (!BILLS_COMPUTE.has(inst.state)) continue;
    if (inst.tenancy !== 'host') computeMicrosPerHour += instanceHourlyMicros(inst);
    if (inst.tenancy === 'dedicated') dedicatedRegions.add(inst.regionId);
  }
  const dedicatedMicrosPerHour = dedicatedRegions.size * INSTANCE_PRICES.dedicatedRegionFeeHourMicros + hosts * INSTANCE_PRICES.dedicatedHostHourMicros;
  return { computeMicrosPerHour, diskGb, dedicatedMicrosPerHour };
}
