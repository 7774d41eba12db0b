import { isServing } from '../../../sim/instanceOps';
import { findInstance } from '../../../sim/lookup';
import type { Instance, World } from '../../../sim/model/world';

/** Cannot answer a request right now: not serving, or its AZ or Region is down. */
export function isDead(world: World, inst: Instance, zoneUp: ReadonlyMap<string, boolean>): boolean {
  return !isServing(inst, world.tick) || zoneUp.get(inst.zoneId) === false;
}

/** Which zones can run things right now (the zone and its Region both up). */
export function zoneUpMap(world: World): Map<string, boolean> {
  const regionDown = new Set(world.regions.filter((r) => r.state === 'down').map((r) => r.id));
  return new Map(world.zones.map((z) => [z.id, z.state !== 'down' && !regionDown.has(z.regionId)]));
}

/**
 * Instances that are dead but still marked healthy by whatever sends them traffic: a load balancer
 * whose health check has not failed them yet, or a DNS record pointing straight at the instance.
 * Detection delay is the heart of HA vs FT, so the board marks these until the check catches up.
 */
export function findUndetectedDead(world: World, out: Set<string> = new Set()): Set<string> {
  out.clear();
  const up = zoneUpMap(world);
  for (const lb of world.loadBalancers) {
    for (const t of lb.targets) {
      if (t.health !== 'healthy' || out.has(t.instanceId)) continue;
      const inst = findInstance(world, t.instanceId);
      if (inst && isDead(world, inst, up)) out.add(inst.id);
    }
  }
  for (const ep of world.dns.endpoints) {
    if (ep.targetKind !== 'instance' || !ep.healthy) continue;
    const inst = findInstance(world, ep.targetId);
    if (inst && isDead(world, inst, up)) out.add(inst.id);
  }
  return out;
}
