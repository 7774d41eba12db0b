import { findInstance, targetInstances, type Instance, type World } from '../../../sim';
import { instanceLoad, isDead, zoneUpMap } from '../../../sim/readModel';
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

/** Which instances already have a route in the sampler being built (a stamp per instance: nothing to clear). */
const routedIn = new WeakMap<Instance, number>();
let build = 0;
const zoneUp = new Map<string, boolean>();

/**
 * The particle sampler for `flows`. Pass the previous sampler as `reuse` to rebuild it in place:
 * its route objects and sums are rewritten rather than allocated again (the board rebuilds it for
 * 1,000 instances every second).
 */
export function buildFlowSampler(world: World, flows: Flows, reuse?: FlowSampler): FlowSampler {
  const routes = reuse?.routes ?? [];
  let sums = reuse && reuse.cumulative.buffer.byteLength >= 8 * world.instances.length ? new Float64Array(reuse.cumulative.buffer) : new Float64Array(world.instances.length + 16);
  let n = 0;
  let sum = 0;
  const push = (endpoint: number, loadBalancerId: string | null, inst: Instance | null, dead: boolean, rps: number) => {
    const r = routes[n] ?? (routes[n] = { endpoint: 0, loadBalancerId: null, instanceId: null, zoneId: null, dead: false });
    r.endpoint = endpoint;
    r.loadBalancerId = loadBalancerId;
    r.instanceId = inst?.id ?? null;
    r.zoneId = inst?.zoneId ?? null;
    r.dead = dead;
    if (n >= sums.length) {
      const grown = new Float64Array(sums.length * 2);
      grown.set(sums);
      sums = grown;
    }
    sums[n++] = sum += rps;
  };
  build += 1;
  const up = zoneUpMap(world, zoneUp);
  world.dns.endpoints.forEach((ep, e) => {
    const share = flows.endpoints[e]?.rps ?? 0;
    if (share <= 0) return;
    let arrived = 0;
    if (ep.targetKind === 'instance') {
      const inst = findInstance(world, ep.targetId);
      const load = inst ? instanceLoad(world, inst).loadRps : 0;
      if (inst && load > 0 && routedIn.get(inst) !== build) {
        routedIn.set(inst, build);
        arrived = load;
        push(e, null, inst, isDead(world, inst, up), load);
      }
    } else {
      const lb = world.loadBalancers.find((l) => l.id === ep.targetId);
      const instances = lb ? targetInstances(world, lb).instances : [];
      for (const inst of instances) {
        if (!inst || routedIn.get(inst) === build) continue;
        const load = instanceLoad(world, inst).loadRps;
        if (load <= 0) continue;
        routedIn.set(inst, build);
        arrived += load;
        push(e, lb!.id, inst, isDead(world, inst, up), load);
      }
    }
    // What the endpoint received but passed to no instance died on the way (no route).
    const dropped = share - arrived;
    if (dropped > share * 0.02) push(e, ep.targetKind === 'loadBalancer' ? ep.targetId : null, null, true, dropped);
  });
  routes.length = n;
  return { totalRps: sum, routes, cumulative: sums.subarray(0, n) };
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
