import { isServing, findInstance, targetHealthById, type Instance, type World } from '../../../sim';

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
const dead: Instance[] = [];

/**
 * Instances that are dead but still marked healthy by whatever sends them traffic: a load balancer
 * whose health check has not failed them yet, or a DNS record pointing straight at the instance.
 * Detection delay is the heart of HA vs FT, so the board marks these until the check catches up.
 * Runs after every step: one pass finds the dead (a few booting or stopping instances, usually),
 * then only those are looked up among each load balancer's targets.
 */
export function findUndetectedDead(world: World, out: Set<string> = new Set()): Set<string> {
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
