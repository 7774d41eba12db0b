import type { EventSink } from '../../core/events';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { addEndpoint } from '../dns/answer';
import { findInstance } from '../instance/findInstance';
import { launchInstance } from '../instance/launchInstance';
import { transitionInstance } from '../instance/transitionInstance';
import { createLoadBalancer, findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { canLaunchInto, findRegion, upZones } from '../places/places';
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
  // No standing stack: deploy one from templates first; its instances launch once it is up.
  const deployed = createLoadBalancer({ id: newId(world, 'alb'), region: region.id, zones: [...region.zoneIds] }, world.tick, DR_STACK_DEPLOY_TICKS);
  world.loadBalancers.push(deployed);
  inheritCalls(world, deployed.id);
  plan.loadBalancerId = deployed.id;
  plan.launchAtTick = world.tick + DR_STACK_DEPLOY_TICKS;
  const id = `${plan.drRegionId}-endpoint`;
  plan.endpointId = id;
  addEndpoint(world, { id, regionId: plan.drRegionId, targetKind: 'loadBalancer', targetId: deployed.id, role: 'secondary', weight: 1, healthy: false, failStreak: 0, okStreak: 0 }, events);
}

/** Brings the DR Region's fleet up to production size behind its load balancer. */
export function launchDrFleet(world: World, plan: DrPlan, events: EventSink): void {
  const region = findRegion(world, plan.drRegionId)!;
  const lb = findLoadBalancer(world, plan.loadBalancerId ?? '');
  if (!lb) return;
  for (const id of plan.instanceIds) {
    const inst = findInstance(world, id);
    if (inst?.state === 'stopped') void transitionInstance(world, inst, { type: 'START' }, events, 'DR failover');
  }
  const up = upZones(world);
  const live = plan.instanceIds.filter((id) => {
    const s = findInstance(world, id)?.state;
    return s !== undefined && s !== 'terminated' && s !== 'shuttingDown';
  }).length;
  for (let k = live; k < plan.fleetSize; k++) {
    const zoneId = region.zoneIds[k % region.zoneIds.length]!;
    if (!canLaunchInto(world, zoneId, up)) continue;
    const inst = launchInstance(world, { zoneId, type: plan.instanceType }, events);
    inst.attachOnRunning = lb.id;
    plan.instanceIds.push(inst.id);
  }
}
