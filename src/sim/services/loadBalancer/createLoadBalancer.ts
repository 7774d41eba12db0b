import type { World } from '../../core/world';
import { LB_HEALTH_CHECK } from './constants';
import type { LoadBalancerSpec } from './spec';
import type { LoadBalancer } from './state';

/** A load balancer from its spec; it serves from `now + provisionTicks` (0 for the starting estate). */
export function createLoadBalancer(spec: LoadBalancerSpec, now: number, provisionTicks: number): LoadBalancer {
  return {
    id: spec.id,
    regionId: spec.region,
    zoneIds: [...spec.zones],
    crossZone: spec.crossZone ?? true,
    sticky: spec.sticky ?? false,
    healthCheck: {
      intervalTicks: spec.healthCheck?.intervalSeconds ?? LB_HEALTH_CHECK.intervalTicks,
      unhealthyThreshold: spec.healthCheck?.unhealthyThreshold ?? LB_HEALTH_CHECK.unhealthyThreshold,
      healthyThreshold: spec.healthCheck?.healthyThreshold ?? LB_HEALTH_CHECK.healthyThreshold,
    },
    targets: [],
    targetsVersion: 0,
    healthVersion: 0,
    activeFromTick: now + provisionTicks,
    createdTick: now,
  };
}

export const findLoadBalancer = (world: World, id: string): LoadBalancer | undefined => world.loadBalancers.find((l) => l.id === id);
