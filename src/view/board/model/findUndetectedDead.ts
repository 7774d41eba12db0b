import { isServing } from '../../../sim/instanceOps';
import type { Instance, World } from '../../../sim/model/world';

/** Cannot answer a request right now: not serving, or its AZ or Region is down. */
export function isDead(world: World, inst: Instance, zoneUp: ReadonlyMap<string, boolean>): boolean {
  return !isServing(inst, world.tick) || zoneUp.get(inst.zoneId) === false;
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

/** Reused by findUndetectedDead, which runs after every simulation step. */
const zoneUp = new Map<string, boolean>();
const deadIds = new Set<string>();

/**
 * Instances that are dead but still marked healthy by whatever sends them traffic: a load balancer
 * whose health check has not failed them yet, or a DNS record pointing straight at the instance.
 * Detection delay is the heart of HA vs FT, so the board marks these until the check catches up.
 * Runs after every step, so it finds the dead first (one pass over the instances, usually finding
 * none) and only then looks at who still calls them healthy.
 */
export function findUndetectedDead(world: World, out: Set<string> = new Set()): Set<string> {
  out.clear();
  const up = zoneUpMap(world, zoneUp);
  let zoneDown = false;
  for (const z of up.values()) if (!z) zoneDown = true;
  const dead = deadIds;
  dead.clear();
  const now = world.tick;
  for (const inst of world.instances) {
    if (!isServing(inst, now) || (zoneDown && up.get(inst.zoneId) === false)) dead.add(inst.id);
  }
  if (dead.size === 0) return out;
  for (const lb of world.loadBalancers) {
    for (const t of lb.targets) if (t.health === 'healthy' && dead.has(t.instanceId)) out.add(t.instanceId);
  }
  for (const ep of world.dns.endpoints) {
    if (ep.targetKind === 'instance' && ep.healthy && dead.has(ep.targetId)) out.add(ep.targetId);
  }
  return out;
}
