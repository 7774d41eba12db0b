import type { World } from '../../core/world';
import { findInstance } from '../instance/findInstance';
import type { Instance } from '../instance/state';
import { zoneIndexOf } from '../places/places';
import type { LoadBalancer, Target } from './state';

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

const indexCache = new WeakMap<LoadBalancer, { version: number; byId: Map<string, number> }>();

/** A load balancer's targets by instance id → their index in lb.targets (until the targets change). */
export function targetIndex(lb: LoadBalancer): Map<string, number> {
  const hit = indexCache.get(lb);
  if (hit && hit.version === lb.targetsVersion) return hit.byId;
  const byId = new Map(lb.targets.map((t, i) => [t.instanceId, i]));
  indexCache.set(lb, { version: lb.targetsVersion, byId });
  return byId;
}

const healthCache = new WeakMap<LoadBalancer, { version: number; byId: Map<string, Target> }>();

/** A load balancer's targets by instance id (the Target objects themselves, so health is live). */
export function targetHealthById(lb: LoadBalancer): Map<string, Target> {
  const hit = healthCache.get(lb);
  if (hit && hit.version === lb.targetsVersion) return hit.byId;
  const byId = new Map(lb.targets.map((t) => [t.instanceId, t]));
  healthCache.set(lb, { version: lb.targetsVersion, byId });
  return byId;
}
