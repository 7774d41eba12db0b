import type { EventSink } from '../events';
import { LB_PROVISION_TICKS } from '../model/constants';
import type { World } from '../model/world';
import { findInstance, findLoadBalancer, findRegion, newId } from '../lookup';
import { deregisterTarget, registerTarget } from '../targets';
import { createLoadBalancer } from '../createLoadBalancer';
import { fail, ok, type Result } from '../../shared/result';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function createLb(world: World, c: Of<'loadBalancer.create'>, events: EventSink): Result<string> {
  const region = findRegion(world, c.regionId);
  if (!region) return fail(`there is no Region "${c.regionId}"`);
  const bad = c.zoneIds.filter((z) => !region.zoneIds.includes(z));
  if (bad.length > 0 || c.zoneIds.length === 0) return fail(`enable one or more AZs of ${region.id} (${region.zoneIds.join(', ')})`);
  const id = newId(world, 'alb');
  const lb = createLoadBalancer({ id, region: region.id, zones: c.zoneIds, crossZone: c.crossZone ?? true, sticky: c.sticky ?? false }, world.tick, LB_PROVISION_TICKS);
  world.loadBalancers.push(lb);
  events.push({ tick: world.tick, type: 'loadBalancer.created', subject: id, detail: `active in about ${LB_PROVISION_TICKS / 60} min` });
  return ok(id);
}

export function attach(world: World, c: Of<'loadBalancer.attach'>, events: EventSink): Result<string> {
  const lb = findLoadBalancer(world, c.loadBalancerId);
  if (!lb) return fail(`there is no load balancer "${c.loadBalancerId}"`);
  const inst = findInstance(world, c.instanceId);
  if (!inst || inst.state === 'terminated' || inst.state === 'shuttingDown') return fail(`there is no live instance "${c.instanceId}"`);
  if (inst.regionId !== lb.regionId) return fail(`${inst.id} is in ${inst.regionId}; ${lb.id} serves ${lb.regionId} only`);
  if (lb.targets.some((t) => t.instanceId === inst.id)) return fail(`${inst.id} is already behind ${lb.id}`);
  if (inst.state === 'pending') {
    // Registered once booted, so it is not marked unhealthy for failing checks while it boots.
    inst.attachOnRunning = lb.id;
    return ok(inst.id);
  }
  registerTarget(world, lb, inst.id, events);
  return ok(inst.id);
}

export function detach(world: World, c: Of<'loadBalancer.detach'>, events: EventSink): Result<string> {
  const lb = findLoadBalancer(world, c.loadBalancerId);
  if (!lb) return fail(`there is no load balancer "${c.loadBalancerId}"`);
  return deregisterTarget(world, lb, c.instanceId, events) ? ok(c.instanceId) : fail(`${c.instanceId} is not behind ${lb.id}`);
}

export function configureLb(world: World, c: Of<'loadBalancer.configure'>): Result<string> {
  const lb = findLoadBalancer(world, c.loadBalancerId);
  if (!lb) return fail(`there is no load balancer "${c.loadBalancerId}"`);
  const region = findRegion(world, lb.regionId)!;
  if (c.zoneIds && (c.zoneIds.length === 0 || c.zoneIds.some((z) => !region.zoneIds.includes(z)))) {
    return fail(`enable one or more AZs of ${region.id} (${region.zoneIds.join(', ')})`);
  }
  const hc = c.healthCheck;
  // ALB ranges: interval 5–300 s, thresholds 2–10 (DOMAIN §5.1).
  if (hc?.intervalSeconds !== undefined && (hc.intervalSeconds < 5 || hc.intervalSeconds > 300)) return fail('health-check interval must be 5–300 s');
  for (const v of [hc?.healthyThreshold, hc?.unhealthyThreshold]) if (v !== undefined && (v < 2 || v > 10)) return fail('health-check thresholds must be 2–10');
  if (c.zoneIds) {
    lb.zoneIds = [...c.zoneIds];
    lb.targetsVersion += 1;
  }
  if (c.crossZone !== undefined) lb.crossZone = c.crossZone;
  if (c.sticky !== undefined) lb.sticky = c.sticky;
  if (hc?.intervalSeconds !== undefined) lb.healthCheck.intervalTicks = hc.intervalSeconds;
  if (hc?.healthyThreshold !== undefined) lb.healthCheck.healthyThreshold = hc.healthyThreshold;
  if (hc?.unhealthyThreshold !== undefined) lb.healthCheck.unhealthyThreshold = hc.unhealthyThreshold;
  return ok(lb.id);
}
