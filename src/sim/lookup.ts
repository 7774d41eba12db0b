import type { Database, Instance, LoadBalancer, Region, ScalingGroup, World, Zone } from './model/world';

/**
 * Id → entity lookups. Instances are the only large collection, so they get an index that is rebuilt
 * only when the array changes (a launch pushes, pruning replaces the array); the rest are short lists.
 * The cache lives outside the World so the World stays plain data.
 */
const instanceIndex = new WeakMap<Instance[], { length: number; byId: Map<string, Instance> }>();

export function findInstance(world: World, id: string): Instance | undefined {
  const list = world.instances;
  let entry = instanceIndex.get(list);
  if (!entry || entry.length !== list.length) {
    entry = { length: list.length, byId: new Map(list.map((i) => [i.id, i])) };
    instanceIndex.set(list, entry);
  }
  return entry.byId.get(id);
}

const targetCache = new WeakMap<LoadBalancer, { version: number; instances: (Instance | undefined)[] }>();

/**
 * The instances behind a load balancer's targets, index for index. Cached until the topology
 * changes (a launch, a registration, a prune bumps `world.topologyVersion`): the router reads it
 * every tick and must not pay a map lookup per target.
 */
export function targetInstances(world: World, lb: LoadBalancer): (Instance | undefined)[] {
  const hit = targetCache.get(lb);
  if (hit && hit.version === world.topologyVersion && hit.instances.length === lb.targets.length) return hit.instances;
  const instances = lb.targets.map((t) => findInstance(world, t.instanceId));
  targetCache.set(lb, { version: world.topologyVersion, instances });
  return instances;
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
