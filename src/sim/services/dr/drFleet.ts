import type { EventSink } from '../../core/events';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { addEndpoint } from '../dns/answer';
import { launchInstance } from '../instance/launchInstance';
import { createLoadBalancer, findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { registerTarget } from '../loadBalancer/targets';
import { findRegion } from '../places/places';
import { createScalingGroup, findScalingGroup } from '../scalingGroup/createScalingGroup';
import type { ScalingGroup } from '../scalingGroup/state';
import { inheritCalls } from '../../traffic/topology';
import { DR_STACK_DEPLOY_TICKS } from './constants';
import type { DrPlan } from './state';

/** Compute for a failover: the standing stack grows to production size, or a stack is deployed first. */
export function startComputeStep(world: World, plan: DrPlan, events: EventSink): void {
  const region = findRegion(world, plan.drRegionId)!;
  const lb = plan.loadBalancerId === null ? undefined : findLoadBalancer(world, plan.loadBalancerId);
  if (lb) {
    launchDrFleet(world, plan, events);
    return;
  }
  // No standing stack: deploy one from templates first; its Auto Scaling group launches once it is up.
  const deployed = createLoadBalancer({ id: newId(world, 'alb'), region: region.id, zones: [...region.zoneIds] }, world.tick, DR_STACK_DEPLOY_TICKS);
  world.loadBalancers.push(deployed);
  inheritCalls(world, deployed.id);
  plan.loadBalancerId = deployed.id;
  plan.launchAtTick = world.tick + DR_STACK_DEPLOY_TICKS;
  const id = `${plan.drRegionId}-endpoint`;
  plan.endpointId = id;
  addEndpoint(world, { id, regionId: plan.drRegionId, targetKind: 'loadBalancer', targetId: deployed.id, role: 'secondary', weight: 1, healthy: false, failStreak: 0, okStreak: 0 }, events);
}

/** Scales the DR Region's Auto Scaling group out to production size behind its load balancer. */
export function launchDrFleet(world: World, plan: DrPlan, events: EventSink): void {
  const lb = findLoadBalancer(world, plan.loadBalancerId ?? '');
  if (!lb) return;
  resizeDrGroup(world, plan, plan.fleetSize, events);
}

/**
 * The DR Region's fleet is an Auto Scaling group behind the DR load balancer (ELB health checks):
 * terminated or unhealthy instances are replaced, and a failover scales it out by raising its
 * desired capacity. It keeps `size` instances (at least that many: min = desired) and may grow to
 * production size. Created on first use; its instances are billed like any other, the group itself
 * costs nothing (EC2 Auto Scaling has no charge of its own).
 */
export function resizeDrGroup(world: World, plan: DrPlan, size: number, events: EventSink): ScalingGroup {
  let group = plan.scalingGroupId === null ? undefined : findScalingGroup(world, plan.scalingGroupId);
  if (!group) {
    const region = findRegion(world, plan.drRegionId)!;
    group = createScalingGroup({
      id: newId(world, 'asg'),
      region: region.id,
      zones: [...region.zoneIds],
      type: plan.instanceType,
      min: size,
      max: Math.max(size, plan.fleetSize),
      desired: size,
      ...(plan.loadBalancerId === null ? {} : { loadBalancer: plan.loadBalancerId, healthCheckType: 'elb' as const }),
    });
    world.scalingGroups.push(group);
    plan.scalingGroupId = group.id;
    events.push({ tick: world.tick, type: 'scalingGroup.created', subject: group.id, detail: `the DR fleet in ${region.id}` });
  }
  group.max = Math.max(group.max, size, plan.fleetSize);
  group.min = size;
  group.desired = size;
  return group;
}

/** A level's own posture: the group's instances are already running and in service at tick 0. */
export function startDrGroupInService(world: World, group: ScalingGroup, events: EventSink): void {
  const lb = group.loadBalancerId === null ? undefined : findLoadBalancer(world, group.loadBalancerId);
  for (let k = 0; k < group.desired; k++) {
    const zoneId = group.zoneIds[k % group.zoneIds.length]!;
    const inst = launchInstance(world, { zoneId, type: group.type, purchase: group.purchase, scalingGroupId: group.id, initialState: 'running' }, events);
    if (lb) registerTarget(world, lb, inst.id, events, 'healthy');
  }
}
