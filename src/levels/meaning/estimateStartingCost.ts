import { DATABASE, DATABASE_SIZES, PRICES, SECONDS_PER_BILLING_MONTH, SECONDS_PER_HOUR, type LedgerCategory, type ScenarioSpec, instanceHourlyMicros } from '../../sim';

/** The defaults src/sim/world.ts applies when a level leaves these out. */
const DEFAULT_DISK_GB = 8;
const DEFAULT_DATABASE_SIZE = 'db.m5.large';

export interface CostEstimate {
  /** Whole level, micro-dollars, by ledger category (only the categories with a charge). */
  micros: Partial<Record<LedgerCategory, number>>;
  totalMicros: number;
}

/**
 * What the starting estate costs if it simply runs for the whole level, at the simulation's prices:
 * instances (and each scaling group's desired count), their disks, Dedicated fees, load balancers,
 * databases and the session store. A floor, not a forecast: traffic-dependent charges (LCUs,
 * transfer), what a DR posture adds and anything the player builds come on top.
 */
export function estimateStartingCost(level: ScenarioSpec): CostEstimate {
  const seconds = level.durationSeconds;
  const hours = seconds / SECONDS_PER_HOUR;
  const e = level.estate;
  let compute = 0;
  let diskGb = 0;
  let hosts = 0;
  const dedicatedRegions = new Set<string>();
  const regionOfZone = new Map(level.regions.flatMap((r) => r.zones.map((z) => [z, r.id] as const)));
  for (const inst of e.instances ?? []) {
    const tenancy = inst.tenancy ?? 'shared';
    diskGb += inst.diskGb ?? DEFAULT_DISK_GB;
    // A Dedicated Host bills per host-hour whatever runs on it, even while the instance is stopped.
    if (tenancy === 'host') hosts += 1;
    if (inst.stopped) continue;
    if (tenancy !== 'host') compute += instanceHourlyMicros({ type: inst.type, purchase: inst.purchase ?? 'onDemand' });
    if (tenancy === 'dedicated') dedicatedRegions.add(regionOfZone.get(inst.zone) ?? inst.zone);
  }
  for (const g of e.scalingGroups ?? []) {
    compute += g.desired * instanceHourlyMicros({ type: g.type, purchase: g.purchase ?? 'onDemand' });
    diskGb += g.desired * DEFAULT_DISK_GB;
  }
  let databases = 0;
  for (const db of e.databases ?? []) {
    const base = DATABASE_SIZES[db.size ?? DEFAULT_DATABASE_SIZE];
    databases += base * (db.multiAz ? DATABASE.multiAzPriceFactor : 1) + base * (db.replicas?.length ?? 0);
  }
  const dedicated = dedicatedRegions.size * PRICES.dedicatedRegionFeeHourMicros + hosts * PRICES.dedicatedHostHourMicros;
  const micros: Partial<Record<LedgerCategory, number>> = {
    compute: compute * hours,
    disks: (PRICES.ebsGbMonthMicros * diskGb * seconds) / SECONDS_PER_BILLING_MONTH,
    dedicated: dedicated * hours,
    // Each started load-balancer hour bills whole.
    loadBalancers: (e.loadBalancers?.length ?? 0) * Math.ceil(hours) * PRICES.loadBalancerHourMicros,
    databases: databases * hours,
    sessionStore: e.sessions === 'store' ? PRICES.sessionStoreHourMicros * hours : 0,
  };
  let totalMicros = 0;
  for (const [category, v] of Object.entries(micros) as [LedgerCategory, number][]) {
    const rounded = Math.round(v);
    if (rounded === 0) delete micros[category];
    else micros[category] = rounded;
    totalMicros += rounded;
  }
  return { micros, totalMicros };
}
