import type { Purchase } from '../instance/constants';
import type { HealthCheckType, ScalingMetric } from './constants';
import type { ScalingState } from './machine';

export interface ScalingGroupSlice {
  scalingGroups: ScalingGroup[];
}

export interface ScalingPolicy {
  metric: ScalingMetric;
  /** Percent utilisation for cpu; requests/s per target for requestsPerTarget. */
  target: number;
}

export interface ScheduledScaling {
  atTick: number;
  min?: number;
  max?: number;
  desired?: number;
}

export interface ScalingGroup {
  id: string;
  regionId: string;
  zoneIds: string[];
  type: string;
  purchase: Purchase;
  min: number;
  max: number;
  desired: number;
  loadBalancerId: string | null;
  healthCheckType: HealthCheckType;
  healthCheckGraceTicks: number;
  warmupTicks: number;
  cooldownTicks: number;
  policy: ScalingPolicy | null;
  scheduled: ScheduledScaling[];
  state: ScalingState;
  /** No policy-driven scale-in before this tick. */
  cooldownUntilTick: number;
  /** No target-tracking scale-out before this tick: the last newcomers are still booting and warming up. */
  scaleOutHoldUntilTick: number;
  /** No launch attempt before this tick (back-off after every AZ refused). */
  launchRetryTick: number;
  /** Consecutive ticks the metric has been above / below target (the alarms' datapoints). */
  aboveTicks: number;
  belowTicks: number;
}
