import { DATABASE, DATABASE_SIZES, PRICES, SECONDS_PER_HOUR } from '../model/constants';
import { chargeHourly, chargeMicros, chargeMonthly, chargePerGb } from '../model/ledger';
import type { BillRates, World } from '../model/world';
import { instanceHourlyMicros } from '../pricing';
import type { TrafficTally } from './routeTraffic';

/**
 * One second of the bill. Instances: per-second compute while running (the 60 s minimum is settled
 * when they leave running), disks while not terminated (also while stopped), Dedicated fees.
 * Load balancers: each started hour billed whole, plus LCUs. Databases by the hour (Multi-AZ ≈ 2×,
 * each replica 1×). Transfer across AZs and Regions. Snapshot storage. The session store.
 */
export function chargeBill(world: World, tally: TrafficTally): void {
  const now = world.tick;
  const ledger = world.ledger;
  if (world.fleetChanged) {
    world.billRates = fleetRates(world);
    world.fleetChanged = false;
  }
  const rates = world.billRates;
  chargeHourly(ledger, 'compute', rates.computeMicrosPerHour, 1);
  chargeMonthly(ledger, 'disks', PRICES.ebsGbMonthMicros * rates.diskGb, 1);
  chargeHourly(ledger, 'dedicated', rates.dedicatedMicrosPerHour, 1);

  for (const lb of world.loadBalancers) {
    // Partial load-balancer hours bill as full hours (DOMAIN §5.3).
    if ((now - lb.createdTick) % SECONDS_PER_HOUR === 0) chargeMicros(ledger, 'loadBalancers', PRICES.loadBalancerHourMicros);
  }
  chargePerGb(ledger, 'loadBalancers', PRICES.lcuHourMicros, Math.round(tally.lbKb));
  chargePerGb(ledger, 'transfer', PRICES.interAzGbMicros, Math.round(tally.interAzKb));
  chargePerGb(ledger, 'transfer', PRICES.interRegionGbMicros, Math.round(tally.interRegionKb));

  let dbMicrosPerHour = 0;
  let snapshotGb = 0;
  for (const db of world.databases) {
    const base = DATABASE_SIZES[db.size];
    dbMicrosPerHour += base * (db.multiAz ? DATABASE.multiAzPriceFactor : 1) + base * db.replicas.length;
    for (const s of db.snapshots) snapshotGb += s.sizeGb;
  }
  chargeHourly(ledger, 'databases', dbMicrosPerHour, 1);
  chargeMonthly(ledger, 'snapshots', PRICES.snapshotGbMonthMicros * snapshotGb, 1);
  if (world.sessions.mode === 'store') chargeHourly(ledger, 'sessionStore', PRICES.sessionStoreHourMicros, 1);
}

/** Recomputed only when the fleet changes: the hot loop pays O(1) per tick for instances. */
function fleetRates(world: World): BillRates {
  let computeMicrosPerHour = 0;
  let diskGb = 0;
  const dedicatedRegions = new Set<string>();
  let hosts = 0;
  for (const inst of world.instances) {
    if (inst.state === 'terminated') continue;
    diskGb += inst.diskGb;
    // A Dedicated Host bills per host-hour whatever runs on it, even while the instance is stopped.
    if (inst.tenancy === 'host') hosts += 1;
    const billed = inst.state === 'running' || inst.state === 'rebooting';
    if (!billed) continue;
    if (inst.tenancy !== 'host') computeMicrosPerHour += instanceHourlyMicros(inst);
    if (inst.tenancy === 'dedicated') dedicatedRegions.add(inst.regionId);
  }
  const dedicatedMicrosPerHour = dedicatedRegions.size * PRICES.dedicatedRegionFeeHourMicros + hosts * PRICES.dedicatedHostHourMicros;
  return { computeMicrosPerHour, diskGb, dedicatedMicrosPerHour };
}
