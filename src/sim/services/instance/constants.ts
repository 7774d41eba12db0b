/** EC2 numbers (DOMAIN.md sections; docs/model.md lists each with its source). */
export const TIMING = {
  /** pending → running: ~16 s measured, 30–60 s to "OS up" suggested (DOMAIN §4.4). */
  bootTicks: 40,
  /** running → application accepting requests: warm-up on top of boot (DOMAIN §4.4, game value). */
  appStartTicks: 20,
  /** stopping → stopped: "a few minutes" worst case; 30 s typical for a small instance (DOMAIN §4.2). */
  stopTicks: 30,
  /** shutting-down → terminated. */
  terminateTicks: 20,
  /** A reboot keeps the instance running but the app is down (DOMAIN §4.2 "a few minutes" worst case). */
  rebootTicks: 60,
  /** Spot interruption notice (DOMAIN §4.5: 2-minute notice). */
  spotNoticeTicks: 120,
  /** A terminated instance stays visible for this long, then leaves the World. */
  terminatedRetentionTicks: 300,
  /** Per-second billing with a 60-second minimum each time an instance enters running (DOMAIN §4.1). */
  minBilledRunningTicks: 60,
} as const;

/** Prices in µ$ (DOMAIN §4.5, §5.3, §8). */
export const INSTANCE_PRICES = {
  /** EBS gp3 $0.08 per GB-month: billed while running and while stopped. */
  ebsGbMonthMicros: 80_000,
  /** Dedicated Instances: $2/h per Region while at least one runs (DOMAIN §4.5). */
  dedicatedRegionFeeHourMicros: 2_000_000,
  /** Dedicated Host: a whole host billed per hour regardless of use ([UNCONFIRMED]; m5 host ≈ $4.6/h). */
  dedicatedHostHourMicros: 4_600_000,
  /** Spot: up to 90 % below on-demand; the model uses 70 % off. */
  spotDiscountPct: 70,
} as const;

export const PURCHASES = ['onDemand', 'spot'] as const;
export type Purchase = (typeof PURCHASES)[number];
export const TENANCIES = ['shared', 'dedicated', 'host'] as const;
export type Tenancy = (typeof TENANCIES)[number];
