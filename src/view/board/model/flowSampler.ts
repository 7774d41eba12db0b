import { findInstance } from '../../../sim/lookup';
import type { World } from '../../../sim/model/world';
import { isDead, zoneUpMap } from './findUndetectedDead';
import type { Flows } from './measureFlows';

/** Where one cosmetic request particle goes: DNS → endpoint → load balancer → instance. */
export interface FlowRoute {
  /** Index into world.dns.endpoints. */
  endpoint: number;
  loadBalancerId: string | null;
  /** Null: the request dies at the load balancer (no target in service, Region down). */
  instanceId: string | null;
  zoneId: string | null;
  /** The target cannot answer: the request fails there (dead but not yet detected). */
  dead: boolean;
}

/** Routes weighted by last tick's simulated requests per second, for sampling particles in proportion. */
export interface FlowSampler {
  totalRps: number;
  routes: FlowRoute[];
  /** Running sum of rps over routes (same index). */
  cumulative: Float64Array;
}

export function buildFlowSampler(world: World, flows: Flows): FlowSampler {
  const routes: FlowRoute[] = [];
  const rps: number[] = [];
  const up = zoneUpMap(world);
  const seen = new Set<string>();
  world.dns.endpoints.forEach((ep, e) => {
    const share = flows.endpoints[e]?.rps ?? 0;
    if (share <= 0) return;
    let arrived = 0;
    if (ep.targetKind === 'instance') {
      const inst = findInstance(world, ep.targetId);
      if (inst && inst.loadRps > 0 && !seen.has(inst.id)) {
        seen.add(inst.id);
        arrived = inst.loadRps;
        routes.push({ endpoint: e, loadBalancerId: null, instanceId: inst.id, zoneId: inst.zoneId, dead: isDead(world, inst, up) });
        rps.push(inst.loadRps);
      }
    } else {
      const lb = world.loadBalancers.find((l) => l.id === ep.targetId);
      for (const t of lb?.targets ?? []) {
        const inst = findInstance(world, t.instanceId);
        if (!inst || inst.loadRps <= 0 || seen.has(inst.id)) continue;
        seen.add(inst.id);
        arrived += inst.loadRps;
        routes.push({ endpoint: e, loadBalancerId: lb!.id, instanceId: inst.id, zoneId: inst.zoneId, dead: isDead(world, inst, up) });
        rps.push(inst.loadRps);
      }
    }
    // What the endpoint received but passed to no instance died on the way (no route).
    const dropped = share - arrived;
    if (dropped > share * 0.02) {
      routes.push({ endpoint: e, loadBalancerId: ep.targetKind === 'loadBalancer' ? ep.targetId : null, instanceId: null, zoneId: null, dead: true });
      rps.push(dropped);
    }
  });
  const cumulative = new Float64Array(rps.length);
  let sum = 0;
  rps.forEach((r, i) => (cumulative[i] = sum += r));
  return { totalRps: sum, routes, cumulative };
}

/** The route a uniform draw `u` in [0, 1) lands on (binary search), or null when nothing flows. */
export function pickRoute(s: FlowSampler, u: number): FlowRoute | null {
  if (s.totalRps <= 0 || s.routes.length === 0) return null;
  const target = u * s.totalRps;
  let lo = 0;
  let hi = s.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return s.routes[lo] ?? null;
}
