import type { EventSink } from '../events';
import { SCALING_DEFAULTS } from '../model/constants';
import { instanceType } from '../model/instanceTypes';
import type { World } from '../model/world';
import { findLoadBalancer, findRegion, findScalingGroup, newId } from '../lookup';
import { fail, ok, type Result } from '../../shared/result';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

/** Largest group this game runs (the level format's limit too). */
export const MAX_GROUP_SIZE = 1000;

function checkSizes(min: number, max: number, desired: number): string | null {
  if (![min, max, desired].every((v) => Number.isInteger(v) && v >= 0)) return 'min, max and desired must be whole numbers ≥ 0';
  if (max > MAX_GROUP_SIZE) return `max is at most ${MAX_GROUP_SIZE}`;
  if (min > max) return `min (${min}) cannot exceed max (${max})`;
  if (desired < min || desired > max) return `desired (${desired}) must lie between min (${min}) and max (${max})`;
  return null;
}

export function createGroup(world: World, c: Of<'scalingGroup.create'>, events: EventSink): Result<string> {
  const region = findRegion(world, c.regionId);
  if (!region) return fail(`there is no Region "${c.regionId}"`);
  if (c.zoneIds.length === 0 || c.zoneIds.some((z) => !region.zoneIds.includes(z))) return fail(`choose AZs of ${region.id} (${region.zoneIds.join(', ')})`);
  if (!instanceType(c.instanceType)) return fail(`"${c.instanceType}" is not an instance type`);
  const allowed = world.scenario.allowedInstanceTypes;
  if (allowed && !allowed.includes(c.instanceType)) return fail(`this level allows only ${allowed.join(', ')}`);
  const sizeError = checkSizes(c.min, c.max, c.desired);
  if (sizeError) return fail(sizeError);
  if (c.loadBalancerId !== undefined && findLoadBalancer(world, c.loadBalancerId)?.regionId !== region.id) {
    return fail(`there is no load balancer "${c.loadBalancerId}" in ${region.id}`);
  }
  const id = newId(world, 'asg');
  world.scalingGroups.push({
    id,
    regionId: region.id,
    zoneIds: [...c.zoneIds],
    type: c.instanceType,
    purchase: c.purchase ?? 'onDemand',
    min: c.min,
    max: c.max,
    desired: c.desired,
    loadBalancerId: c.loadBalancerId ?? null,
    healthCheckType: c.healthCheckType ?? (c.loadBalancerId ? 'elb' : 'ec2'),
    healthCheckGraceTicks: SCALING_DEFAULTS.healthCheckGraceTicks,
    warmupTicks: SCALING_DEFAULTS.warmupTicks,
    cooldownTicks: SCALING_DEFAULTS.cooldownTicks,
    policy: null,
    scheduled: [],
    state: 'steady',
    cooldownUntilTick: 0,
    launchRetryTick: 0,
    scaleOutHoldUntilTick: 0,
    aboveTicks: 0,
    belowTicks: 0,
  });
  events.push({ tick: world.tick, type: 'scalingGroup.created', subject: id });
  return ok(id);
}

export function configureGroup(world: World, c: Of<'scalingGroup.configure'>): Result<string> {
  const g = findScalingGroup(world, c.scalingGroupId);
  if (!g) return fail(`there is no Auto Scaling group "${c.scalingGroupId}"`);
  const min = c.min ?? g.min;
  const max = c.max ?? g.max;
  const desired = c.desired ?? Math.min(Math.max(g.desired, min), max);
  const sizeError = checkSizes(min, max, desired);
  if (sizeError) return fail(sizeError);
  const region = findRegion(world, g.regionId)!;
  if (c.zoneIds && (c.zoneIds.length === 0 || c.zoneIds.some((z) => !region.zoneIds.includes(z)))) return fail(`choose AZs of ${region.id} (${region.zoneIds.join(', ')})`);
  for (const [name, v] of [['warm-up', c.warmupSeconds], ['cooldown', c.cooldownSeconds]] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > 3600)) return fail(`${name} must be 0–3600 s`);
  }
  g.min = min;
  g.max = max;
  g.desired = desired;
  if (c.zoneIds) g.zoneIds = [...c.zoneIds];
  if (c.healthCheckType) g.healthCheckType = c.healthCheckType;
  if (c.warmupSeconds !== undefined) g.warmupTicks = c.warmupSeconds;
  if (c.cooldownSeconds !== undefined) g.cooldownTicks = c.cooldownSeconds;
  return ok(g.id);
}

export function setPolicy(world: World, c: Of<'scalingGroup.setPolicy'>): Result<string> {
  const g = findScalingGroup(world, c.scalingGroupId);
  if (!g) return fail(`there is no Auto Scaling group "${c.scalingGroupId}"`);
  if (c.metric === 'none') {
    g.policy = null;
    return ok(g.id);
  }
  const target = c.target ?? (c.metric === 'cpu' ? 50 : 60);
  if (!(target > 0) || (c.metric === 'cpu' && target > 100)) return fail('the target must be above 0 (and at most 100 % for CPU)');
  g.policy = { metric: c.metric, target };
  g.aboveTicks = 0;
  g.belowTicks = 0;
  return ok(g.id);
}

export function schedule(world: World, c: Of<'scalingGroup.schedule'>): Result<string> {
  const g = findScalingGroup(world, c.scalingGroupId);
  if (!g) return fail(`there is no Auto Scaling group "${c.scalingGroupId}"`);
  if (!Number.isInteger(c.atSeconds) || c.atSeconds <= world.tick) return fail('schedule a time in the future (whole seconds)');
  for (const v of [c.min, c.max, c.desired]) if (v !== undefined && (!Number.isInteger(v) || v < 0 || v > MAX_GROUP_SIZE)) return fail(`sizes are whole numbers from 0 to ${MAX_GROUP_SIZE}`);
  if (c.min !== undefined && c.max !== undefined && c.min > c.max) return fail(`min (${c.min}) cannot exceed max (${c.max})`);
  g.scheduled.push({ atTick: c.atSeconds, ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}), ...(c.desired !== undefined ? { desired: c.desired } : {}) });
  return ok(g.id);
}
