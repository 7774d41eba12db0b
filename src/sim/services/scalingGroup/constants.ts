import { LEVEL_LIMITS } from '../../../shared/levelLimits';
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

/** Largest group this game runs (the level format's limit too). */
export const MAX_GROUP_SIZE = LEVEL_LIMITS.scalingGroupMax;

export const SCALING_METRICS = ['cpu', 'requestsPerTarget'] as const;
export type ScalingMetric = (typeof SCALING_METRICS)[number];
export const HEALTH_CHECK_TYPES = ['ec2', 'elb'] as const;
export type HealthCheckType = (typeof HEALTH_CHECK_TYPES)[number];
