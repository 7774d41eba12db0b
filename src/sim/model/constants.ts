/**
 * Every number of the model, in one place, with its source (DOMAIN.md sections; docs/model.md
 * lists them all). One tick is one second of simulated time.
 */
export const TICK_SECONDS = 1;
export const SECONDS_PER_HOUR = 3600;
/** AWS bills monthly rates (GB-month) over a 730-hour month. */
export const SECONDS_PER_BILLING_MONTH = 730 * 3600;

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

/** ALB target-group health-check defaults (DOMAIN §5.1). */
export const LB_HEALTH_CHECK = { intervalTicks: 30, unhealthyThreshold: 2, healthyThreshold: 5 } as const;
/** Load balancers take minutes to provision (game value; the console shows "provisioning"). */
export const LB_PROVISION_TICKS = 180;
/**
 * Deploying an application stack (load balancer, launch template, Auto Scaling group) from
 * templates in the DR Region during a pilot-light or backup-and-restore failover: game value,
 * 15 minutes, what makes those postures' RTO "10s of minutes" and more (DOMAIN §7.1).
 */
export const DR_STACK_DEPLOY_TICKS = 900;

/** Route 53 health checks: 30 s interval, failure threshold 3; recommended TTL 60 s (DOMAIN §7.2). */
export const DNS_DEFAULTS = { intervalTicks: 30, failureThreshold: 3, ttlTicks: 60 } as const;

/** EC2 Auto Scaling defaults (DOMAIN §5.4). */
export const SCALING_DEFAULTS = {
  healthCheckGraceTicks: 300,
  cooldownTicks: 300,
  warmupTicks: 60,
  /** Target-tracking alarms: scale out after 3 of 3 one-minute datapoints, in after 15 of 15. */
  scaleOutAlarmTicks: 180,
  scaleInAlarmTicks: 900,
  /** Unhealthy instances are replaced at most 10 % of desired capacity at a time (min 1). */
  replaceFractionPct: 10,
} as const;

/** RDS (DOMAIN §6). */
export const DATABASE = {
  /** Multi-AZ failover typically 60–120 s: each failover draws uniformly from this band. */
  failoverMinTicks: 60,
  failoverMaxTicks: 120,
  /** Transaction logs go to S3 every 5 minutes: the point-in-time-restore RPO. */
  logUploadIntervalTicks: 300,
  /** Restoring into a new instance: game value, tens of minutes for a small database. */
  restoreTicks: 1200,
  /** A new standby is rebuilt after a failover before the pair is protected again. */
  standbyRebuildTicks: 600,
  /** Read-replica promotion "can take several minutes". */
  promoteTicks: 300,
  /** Asynchronous replication lag of a cross-region or read replica, seconds. */
  replicaLagTicks: 2,
  /** Restoring from a backup copied to another Region: copy, then restore (game value, about an hour). */
  crossRegionRestoreTicks: 3600,
  /** Aurora Global Database promotes a secondary Region "in under a minute" (DOMAIN §6). */
  globalPromoteTicks: 60,
  /** Multi-AZ bills roughly 2× single-AZ (DOMAIN §8, [UNCONFIRMED]). */
  multiAzPriceFactor: 2,
} as const;

/** Database instance prices, µ$/h (us-east-1 MySQL/PostgreSQL single-AZ; [UNCONFIRMED] list prices). */
export const DATABASE_SIZES = {
  'db.t3.micro': 17_000,
  'db.m5.large': 171_000,
  'db.m5.xlarge': 342_000,
  'db.m5.2xlarge': 684_000,
} as const;
export type DatabaseSize = keyof typeof DATABASE_SIZES;

/** Prices in µ$ (DOMAIN §5.3, §8). */
export const PRICES = {
  /** EBS gp3 $0.08 per GB-month: billed while running and while stopped. */
  ebsGbMonthMicros: 80_000,
  /** ALB $0.0225 per LB-hour; partial hours bill as full hours. */
  loadBalancerHourMicros: 22_500,
  /** $0.008 per LCU-hour; 1 LCU = 1 GB/h processed (the bytes dimension only, in this model). */
  lcuHourMicros: 8_000,
  /** Inter-AZ $0.01/GB in each direction; inter-region ≈ $0.02/GB (US↔US). */
  interAzGbMicros: 10_000,
  interRegionGbMicros: 20_000,
  /** Snapshot and backup storage at S3 Standard $0.023 per GB-month. */
  snapshotGbMonthMicros: 23_000,
  /** Dedicated Instances: $2/h per Region while at least one runs (DOMAIN §4.5). */
  dedicatedRegionFeeHourMicros: 2_000_000,
  /** Dedicated Host: a whole host billed per hour regardless of use ([UNCONFIRMED]; m5 host ≈ $4.6/h). */
  dedicatedHostHourMicros: 4_600_000,
  /** Spot: up to 90 % below on-demand; the model uses 70 % off. */
  spotDiscountPct: 70,
  /** Off-host session store (a small ElastiCache node, Multi-AZ pair; [UNCONFIRMED] $0.034/h). */
  sessionStoreHourMicros: 34_000,
} as const;

export const GB = 1_000_000_000;
