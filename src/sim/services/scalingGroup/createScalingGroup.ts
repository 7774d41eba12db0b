import type { World } from '../../core/world';
import { SCALING_DEFAULTS } from './constants';
import type { ScalingGroupSpec } from './spec';
import type { ScalingGroup } from './state';

/** A group from its spec (the level's starting estate, or scalingGroup.create with defaults). */
export function createScalingGroup(g: ScalingGroupSpec): ScalingGroup {
  return {
    id: g.id,
    regionId: g.region,
    zoneIds: [...g.zones],
    type: g.type,
    purchase: g.purchase ?? 'onDemand',
    min: g.min,
    max: g.max,
    desired: g.desired,
    loadBalancerId: g.loadBalancer ?? null,
    healthCheckType: g.healthCheckType ?? (g.loadBalancer ? 'elb' : 'ec2'),
    healthCheckGraceTicks: g.healthCheckGraceSeconds ?? SCALING_DEFAULTS.healthCheckGraceTicks,
    warmupTicks: g.warmupSeconds ?? SCALING_DEFAULTS.warmupTicks,
    cooldownTicks: g.cooldownSeconds ?? SCALING_DEFAULTS.cooldownTicks,
    policy: g.policy ? { metric: g.policy.metric, target: g.policy.target } : null,
    scheduled: (g.scheduled ?? []).map(({ atSeconds, ...rest }) => ({ atTick: atSeconds, ...rest })),
    state: 'steady',
    cooldownUntilTick: 0,
    launchRetryTick: 0,
    scaleOutHoldUntilTick: 0,
    aboveTicks: 0,
    belowTicks: 0,
  };
}

export const findScalingGroup = (world: World, id: string): ScalingGroup | undefined => world.scalingGroups.find((g) => g.id === id);
