import type { World } from './core/world';
import { effectiveWeights } from './services/dns/answer';
import { findInstance } from './services/instance/findInstance';
import type { Instance } from './services/instance/state';
import { isServing } from './services/instance/tags';
import { targetHealthById } from './services/loadBalancer/resolveTargets';

/**
 * What clients read of the World besides its plain data: the last tick's traffic, edge by edge, and
 * the facts the simulation derives (an instance's load, which dead instances are still getting
 * requests). The view reads these and never re-derives the routing.
 */
export { instanceLoad, instanceLoads, type InstanceLoad } from './services/instance/load';
export { changeVersion, ENGINE_VERSION } from './core/changeVersions';

export interface EndpointFlow {
  id: string;
  /** Share of clients using this endpoint now, per-mille (cached answers expire over the TTL). */
  weight: number;
  /** What resolvers answer now, per-mille: where `weight` is heading. */
  answer: number;
  /** Clients are still moving between endpoints as their cached answers expire. */
  shifting: boolean;
  healthy: boolean;
  /** Requests per second sent to it last tick. */
  rps: number;
}

/** The DNS stage of the last tick, one entry per endpoint. */
export function endpointFlows(world: World): EndpointFlow[] {
  const dns = world.dns;
  const weights = effectiveWeights(dns, world.tick);
  return dns.endpoints.map((e, i) => {
    const weight = weights[i] ?? 0;
    const answer = dns.answer[i] ?? 0;
    return { id: e.id, weight, answer, shifting: Math.abs(weight - answer) >= 0.5, healthy: e.healthy, rps: world.flows.endpointRps[i] ?? 0 };
  });
}

/** Requests per second each load balancer sent into each AZ last tick: `${loadBalancerId} ${zoneId}` → rps (only flows above zero). */
export function balancerZoneRps(world: World, out: Map<string, number> = new Map()): Map<string, number> {
  out.clear();
  for (const b of world.flows.balancers) {
    for (let z = 0; z < b.zoneRps.length; z++) {
      const rps = b.zoneRps[z]!;
      if (rps > 0) out.set(`${b.id} ${world.zones[z]!.id}`, rps);
    }
  }
  return out;
}

/** Which zones can run things right now (the zone and its Region both up). */
export function zoneUpMap(world: World, out: Map<string, boolean> = new Map()): Map<string, boolean> {
  out.clear();
  for (const z of world.zones) {
    let up = z.state !== 'down';
    if (up) for (const r of world.regions) if (r.id === z.regionId && r.state === 'down') up = false;
    out.set(z.id, up);
  }
  return out;
}

/** Cannot answer a request right now: not serving, or its AZ or Region is down. */
export function isDead(world: World, inst: Instance, zoneUp: ReadonlyMap<string, boolean>): boolean {
  return !isServing(inst, world.tick) || zoneUp.get(inst.zoneId) === false;
}

const zoneUp = new Map<string, boolean>();
const dead: Instance[] = [];

/**
 * Instances that are dead but still marked healthy by whatever sends them traffic: a load balancer
 * whose health check has not failed them yet, or a DNS record pointing straight at the instance.
 * Detection delay is the heart of HA vs FT, so the board marks these until the check catches up.
 * One pass finds the dead (a few booting or stopping instances, usually); then only those are looked
 * up among each load balancer's targets.
 */
export function undetectedDead(world: World, out: Set<string> = new Set()): Set<string> {
  if (out.size > 0) out.clear();
  const up = zoneUpMap(world, zoneUp);
  let zoneDown = false;
  for (const u of up.values()) if (!u) zoneDown = true;
  dead.length = 0;
  const now = world.tick;
  // The zone lookup only matters while some AZ or Region is down.
  for (const inst of world.instances) if (!isServing(inst, now) || (zoneDown && up.get(inst.zoneId) === false)) dead.push(inst);
  if (dead.length === 0) return out;
  for (const lb of world.loadBalancers) {
    if (lb.targets.length === 0) continue;
    const byId = targetHealthById(lb);
    for (const inst of dead) if (byId.get(inst.id)?.health === 'healthy') out.add(inst.id);
  }
  for (const ep of world.dns.endpoints) {
    if (ep.targetKind !== 'instance' || !ep.healthy) continue;
    const inst = findInstance(world, ep.targetId);
    if (inst && isDead(world, inst, up)) out.add(inst.id);
  }
  dead.length = 0;
  return out;
}
