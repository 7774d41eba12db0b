import { fail, ok, type Result } from '../../../shared/result';
import { array, number, oneOf, optional, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { PURCHASES } from '../instance/constants';
import { quotaRefusal } from '../instance/instanceQuota';
import { INSTANCE_TYPE_NAMES } from '../instance/instanceTypes';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { findRegion } from '../places/places';
import { HEALTH_CHECK_TYPES, MAX_GROUP_SIZE, SCALING_METRICS } from './constants';
import { createScalingGroup, findScalingGroup } from './createScalingGroup';
import type { ScalingGroup } from './state';

const size = (description: string) => number({ description, min: -1e9, max: 1e9 });
const zoneIds = (description: string) => array(ref('An Availability Zone id.'), { description, maxItems: 20 });
const groupRef = () => required(ref('The Auto Scaling group.'));

function checkSizes(min: number, max: number, desired: number): string | null {
  if (![min, max, desired].every((v) => Number.isInteger(v) && v >= 0)) return 'min, max and desired must be whole numbers ≥ 0';
  if (max > MAX_GROUP_SIZE) return `max is at most ${MAX_GROUP_SIZE}`;
  if (min > max) return `min (${min}) cannot exceed max (${max})`;
  if (desired < min || desired > max) return `desired (${desired}) must lie between min (${min}) and max (${max})`;
  return null;
}

function getGroup(world: World, id: string): Result<ScalingGroup> {
  const g = findScalingGroup(world, id);
  return g ? ok(g) : fail(`there is no Auto Scaling group "${id}"`);
}

function zonesOf(world: World, regionId: string, zones: readonly string[]): Result<true> {
  const region = findRegion(world, regionId)!;
  return zones.length === 0 || zones.some((z) => !region.zoneIds.includes(z)) ? fail(`choose AZs of ${region.id} (${region.zoneIds.join(', ')})`) : ok(true);
}

export const createGroupCommand = defineCommand({
  type: 'scalingGroup.create',
  summary: 'Create an Auto Scaling group: it keeps `desired` instances running across its AZs, replacing any that fail.',
  fields: {
    regionId: required(ref('The Region.')),
    zoneIds: required(zoneIds('The Availability Zones it launches into.')),
    instanceType: required(oneOf(INSTANCE_TYPE_NAMES, { description: 'The instance type it launches.', noun: 'instance type' })),
    min: required(size('Fewest instances.')),
    max: required(size('Most instances.')),
    desired: required(size('Instances wanted now.')),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand (default) or spot.', noun: 'purchase option' })),
    loadBalancerId: optional(ref('A load balancer of the Region its instances join.')),
    healthCheckType: optional(oneOf(HEALTH_CHECK_TYPES, { description: 'ec2, or elb (also the load balancer\'s checks).', noun: 'health check type' })),
  },
  check(world, c) {
    const region = findRegion(world, c.regionId);
    if (!region) return fail(`there is no Region "${c.regionId}"`);
    const zones = zonesOf(world, region.id, c.zoneIds);
    if (!zones.ok) return zones;
    const allowed = world.scenario.allowedInstanceTypes;
    if (allowed && !allowed.includes(c.instanceType)) return fail(`this level allows only ${allowed.join(', ')}`);
    const sizeError = checkSizes(c.min, c.max, c.desired);
    if (sizeError) return fail(sizeError);
    if (c.loadBalancerId !== undefined && findLoadBalancer(world, c.loadBalancerId)?.regionId !== region.id) return fail(`there is no load balancer "${c.loadBalancerId}" in ${region.id}`);
    const quota = quotaRefusal(world, c.max);
    if (quota) return fail(quota);
    return ok(true);
  },
  apply(world, c, _ok, events) {
    const id = newId(world, 'asg');
    world.scalingGroups.push(
      createScalingGroup({
        id,
        region: c.regionId,
        zones: c.zoneIds,
        type: c.instanceType,
        min: c.min,
        max: c.max,
        desired: c.desired,
        ...(c.purchase ? { purchase: c.purchase } : {}),
        ...(c.loadBalancerId ? { loadBalancer: c.loadBalancerId } : {}),
        ...(c.healthCheckType ? { healthCheckType: c.healthCheckType } : {}),
      }),
    );
    events.push({ tick: world.tick, type: 'scalingGroup.created', subject: id });
    return id;
  },
});

export const configureGroupCommand = defineCommand({
  type: 'scalingGroup.configure',
  summary: 'Change a group\'s min, max, desired capacity, AZs, health-check type, warm-up or cooldown.',
  fields: {
    scalingGroupId: groupRef(),
    min: optional(size('Fewest instances.')),
    max: optional(size('Most instances.')),
    desired: optional(size('Instances wanted now.')),
    zoneIds: optional(zoneIds('The Availability Zones it launches into.')),
    healthCheckType: optional(oneOf(HEALTH_CHECK_TYPES, { description: 'ec2 or elb.', noun: 'health check type' })),
    warmupSeconds: optional(size('Seconds before a new instance counts in the metrics (0–3600).')),
    cooldownSeconds: optional(size('Seconds of cooldown after a scaling activity (0–3600).')),
  },
  check(world, c) {
    const found = getGroup(world, c.scalingGroupId);
    if (!found.ok) return found;
    const g = found.value;
    const min = c.min ?? g.min;
    const max = c.max ?? g.max;
    const desired = c.desired ?? Math.min(Math.max(g.desired, min), max);
    const sizeError = checkSizes(min, max, desired);
    if (sizeError) return fail(sizeError);
    const quota = quotaRefusal(world, max - g.max);
    if (quota) return fail(quota);
    if (c.zoneIds) {
      const zones = zonesOf(world, g.regionId, c.zoneIds);
      if (!zones.ok) return zones;
    }
    for (const [name, v] of [['warm-up', c.warmupSeconds], ['cooldown', c.cooldownSeconds]] as const) {
      if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 3600)) return fail(`${name} must be 0–3600 s`);
    }
    return ok({ g, min, max, desired });
  },
  apply(_world, c, { g, min, max, desired }) {
    g.min = min;
    g.max = max;
    g.desired = desired;
    if (c.zoneIds) g.zoneIds = [...c.zoneIds];
    if (c.healthCheckType) g.healthCheckType = c.healthCheckType;
    if (c.warmupSeconds !== undefined) g.warmupTicks = c.warmupSeconds;
    if (c.cooldownSeconds !== undefined) g.cooldownTicks = c.cooldownSeconds;
    return g.id;
  },
});

export const setPolicyCommand = defineCommand({
  type: 'scalingGroup.setPolicy',
  summary: 'Give a group a target-tracking policy (CPU percent or requests per instance), or remove it.',
  fields: {
    scalingGroupId: groupRef(),
    metric: required(oneOf([...SCALING_METRICS, 'none'] as const, { description: 'What to track, or "none" to remove the policy.', noun: 'scaling metric' })),
    target: optional(size('The value to hold the metric at (default 50 % CPU or 60 requests/s).')),
  },
  check(world, c) {
    const found = getGroup(world, c.scalingGroupId);
    if (!found.ok || c.metric === 'none') return found;
    const target = c.target ?? (c.metric === 'cpu' ? 50 : 60);
    if (!(target > 0) || (c.metric === 'cpu' && target > 100)) return fail('the target must be above 0 (and at most 100 % for CPU)');
    return found;
  },
  apply(_world, c, g) {
    if (c.metric === 'none') {
      g.policy = null;
      return g.id;
    }
    g.policy = { metric: c.metric, target: c.target ?? (c.metric === 'cpu' ? 50 : 60) };
    g.aboveTicks = 0;
    g.belowTicks = 0;
    return g.id;
  },
});

export const scheduleCommand = defineCommand({
  type: 'scalingGroup.schedule',
  summary: 'Schedule a change of a group\'s min, max or desired capacity at a future time.',
  fields: {
    scalingGroupId: groupRef(),
    atSeconds: required(size('When, in seconds from the start of the level.')),
    min: optional(size('New minimum.')),
    max: optional(size('New maximum.')),
    desired: optional(size('New desired capacity.')),
  },
  check(world, c) {
    const found = getGroup(world, c.scalingGroupId);
    if (!found.ok) return found;
    if (!Number.isInteger(c.atSeconds) || c.atSeconds <= world.tick) return fail('schedule a time in the future (whole seconds)');
    for (const v of [c.min, c.max, c.desired]) if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > MAX_GROUP_SIZE)) return fail(`sizes are whole numbers from 0 to ${MAX_GROUP_SIZE}`);
    if (c.min !== undefined && c.max !== undefined && c.min > c.max) return fail(`min (${c.min}) cannot exceed max (${c.max})`);
    return found;
  },
  apply(_world, c, g) {
    g.scheduled.push({ atTick: c.atSeconds, ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}), ...(c.desired !== undefined ? { desired: c.desired } : {}) });
    return g.id;
  },
});

export const scalingGroupCommands = [createGroupCommand, configureGroupCommand, setPolicyCommand, scheduleCommand] as const;
