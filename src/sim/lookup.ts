import type { Database, Instance, LoadBalancer, Region, ScalingGroup, Target, World, Zone } from './model/world';

/**
 * Id → entity lookups. Instances are the only large collection, so they get an index that is rebuilt
 * only when the array changes (a launch pushes, pruning replaces the array); the rest are short lists.
 * The cache lives outside the World so the World stays plain data.
 */
const instanceIndex = new WeakMap<Instance[], { length: number; byId: Map<string, Instance> }>();

export function findInstance(world: World, id: string): Instance | undefined {
  const list = world.instances;
  let entry = instanceIndex.get(list);
  if (!entry) {
    entry = { length: 0, byId: new Map() };
    instanceIndex.set(list, entry);
  }
  // Launches only append to the array (pruning replaces it), so catching up is incremental.
  for (; entry.length < list.length; entry.length++) {
    const inst = list[entry.length]!;
    entry.byId.set(inst.id, inst);
  }
  return entry.byId.get(id);
}

/** The instances behind a load balancer's targets, index for index, with each one's zone index. */
export interface ResolvedTargets {
  instances: (Instance | undefined)[];
  /** Index into world.zones of each target's zone (-1 when the instance is gone). */
  zoneIdx: Int32Array;
  /** 1 when the target's zone is one of the load balancer's enabled zones. */
  enabled: Uint8Array;
}

const targetCache = new WeakMap<LoadBalancer, { version: number; resolved: ResolvedTargets }>();

/**
 * Cached until the load balancer's targets or zones change (`lb.targetsVersion`): the router reads
 * it every tick and must not pay a map lookup per target. Instances behind a target are never
 * pruned (terminated instances are deregistered first), so the cache cannot go stale that way.
 */
export function targetInstances(world: World, lb: LoadBalancer): ResolvedTargets {
  const hit = targetCache.get(lb);
  if (hit && hit.version === lb.targetsVersion) return hit.resolved;
  const zoneIndex = zoneIndexOf(world);
  const instances = lb.targets.map((t) => findInstance(world, t.instanceId));
  const zoneIdx = Int32Array.from(instances, (i) => (i ? (zoneIndex.get(i.zoneId) ?? -1) : -1));
  const enabled = Uint8Array.from(instances, (i) => (i && lb.zoneIds.includes(i.zoneId) ? 1 : 0));
  const resolved = { instances, zoneIdx, enabled };
  targetCache.set(lb, { version: lb.targetsVersion, resolved });
  return resolved;
}

const zoneIndexCache = new WeakMap<World['zones'], Map<string, number>>();

/** Zone id → its index in world.zones (zones never change during a run). */
export function zoneIndexOf(world: World): Map<string, number> {
  let m = zoneIndexCache.get(world.zones);
  if (!m) {
    m = new Map(world.zones.map((z, i) => [z.id, i]));
    zoneIndexCache.set(world.zones, m);
  }
  return m;
}

const healthCache = new WeakMap<LoadBalancer, { version: number; byId: Map<string, Target> }>();

/** A load balancer's targets by instance id (the Target objects themselves, so health is live). */
export function targetHealthById(world: World, lb: LoadBalancer): Map<string, Target> {
  const hit = healthCache.get(lb);
  if (hit && hit.version === lb.targetsVersion) return hit.byId;
  const byId = new Map(lb.targets.map((t) => [t.instanceId, t]));
  healthCache.set(lb, { version: lb.targetsVersion, byId });
  return byId;
}

export const findZone = (world: World, id: string): Zone | undefined => world.zones.find((z) => z.id === id);
export const findRegion = (world: World, id: string): Region | undefined => world.regions.find((r) => r.id === id);
export const findLoadBalancer = (world: World, id: string): LoadBalancer | undefined =>
  world.loadBalancers.find((l) => l.id === id);
export const findScalingGroup = (world: World, id: string): ScalingGroup | undefined =>
  world.scalingGroups.find((g) => g.id === id);
export const findDatabase = (world: World, id: string): Database | undefined => world.databases.find((d) => d.id === id);

/** A fresh id with a kind prefix, e.g. "i-0007". Ids sort in creation order. */
export function newId(world: World, prefix: string): string {
  world.nextSeq += 1;
  return `${prefix}-${String(world.nextSeq).padStart(4, '0')}`;
}

/** Is the zone (and its region) able to run things right now? */
export function isZoneUp(world: World, zoneId: string): boolean {
  const zone = findZone(world, zoneId);
  if (!zone || zone.state === 'down') return false;
  const region = findRegion(world, zone.regionId);
  return !!region && region.state !== 'down';
}
