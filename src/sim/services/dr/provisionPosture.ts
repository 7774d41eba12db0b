import { fail, ok, type Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { addEndpoint } from '../dns/answer';
import { launchInstance } from '../instance/launchInstance';
import { LB_PROVISION_TICKS } from '../loadBalancer/constants';
import { createLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { registerTarget } from '../loadBalancer/targets';
import { findRegion } from '../places/places';
import { inheritCalls } from '../../traffic/topology';
import { DR_POSTURE_NAMES, type DrPosture } from './constants';
import { words } from '../../../shared/words';

export interface PostureRequest {
  posture: DrPosture;
  primaryRegionId: string;
  drRegionId: string;
  /** Part of the level's starting estate: everything is already built and serving at tick 0. */
  atStart?: boolean;
}

/**
 * What each DR posture keeps standing in the DR Region (AWS DR whitepaper, DOMAIN §7.1):
 * - backup & restore: only backups, copied across Regions hourly (RPO/RTO hours);
 * - pilot light: only the data is live (a cross-region replica); the application stack is deployed
 *   from templates when disaster strikes (RTO 10s of minutes);
 * - warm standby: the replica and a scaled-down copy that is running (minutes);
 * - multi-site active/active: the replica and full production capacity serving traffic (near zero).
 */
export function standingInstances(posture: DrPosture, fleetSize: number): number {
  if (posture === 'warmStandby') return Math.max(1, Math.ceil(fleetSize / 4));
  return posture === 'activeActive' ? fleetSize : 0;
}

export function checkPosture(world: World, req: PostureRequest): Result<true> {
  const primary = findRegion(world, req.primaryRegionId);
  const dr = findRegion(world, req.drRegionId);
  if (!primary || !dr) return fail(`both Regions must exist (${world.regions.map((r) => r.id).join(', ')})`);
  if (primary.id === dr.id) return fail('the DR Region must differ from the primary Region');
  if (world.dr !== null) return fail(`the DR posture is already ${DR_POSTURE_NAMES[world.dr.posture]}: it is chosen once per run`);
  // A parachute is packed before the jump: the replica and the standby copy need a live primary.
  if (primary.state !== 'available') return fail(`${primary.id} is ${primary.state}: a DR posture has to be in place before the disaster`);
  const source = world.databases[0];
  if (source && source.state !== 'available') return fail(`the database ${source.id} is ${words(source.state)}: a cross-region replica needs a live primary to copy`);
  return ok(true);
}

export function provisionPosture(world: World, req: PostureRequest, events: EventSink): string {
  const primary = findRegion(world, req.primaryRegionId)!;
  const dr = findRegion(world, req.drRegionId)!;
  const fleet = world.instances.filter((i) => i.regionId === primary.id && (i.state === 'running' || i.state === 'pending'));
  const fleetSize = Math.max(1, fleet.length);
  const instanceType = fleet[0]?.type ?? 'm5.large';
  const now = world.tick;
  const plan = {
    posture: req.posture,
    primaryRegionId: primary.id,
    drRegionId: dr.id,
    state: 'normal' as const,
    activeRegionId: primary.id,
    fleetSize,
    instanceType,
    loadBalancerId: null as string | null,
    endpointId: null as string | null,
    replicaId: null as string | null,
    instanceIds: [] as string[],
    startedTick: now,
    launchAtTick: null,
  };
  world.dr = plan;
  const db = world.databases[0];
  if (db && req.posture !== 'backupRestore') {
    const id = newId(world, 'replica');
    db.replicas.push({ id, regionId: dr.id, zoneId: dr.zoneIds[0]!, state: 'available' });
    plan.replicaId = id;
    events.push({ tick: now, type: 'database.replicaAdded', subject: db.id, detail: `${id} in ${dr.id} (cross-region)` });
  } else if (db) {
    // Cross-region backup copies: billed as snapshot storage of the whole database.
    db.snapshots.push({ id: newId(world, 'snap'), databaseId: db.id, tick: now, sizeGb: db.storageGb });
  }
  if (req.posture === 'warmStandby' || req.posture === 'activeActive') {
    const lb = createLoadBalancer({ id: newId(world, 'alb'), region: dr.id, zones: [...dr.zoneIds] }, now, req.atStart ? 0 : LB_PROVISION_TICKS);
    world.loadBalancers.push(lb);
    inheritCalls(world, lb.id);
    plan.loadBalancerId = lb.id;
    // The DR Region's DNS endpoint: a failover secondary, or an equal weight for active/active.
    // Built mid-run, it earns "healthy" from Route 53's checks once its load balancer serves.
    const endpointId = `${dr.id}-endpoint`;
    world.dns.policy = req.posture === 'activeActive' ? 'weighted' : 'failover';
    plan.endpointId = endpointId;
    addEndpoint(world, { id: endpointId, regionId: dr.id, targetKind: 'loadBalancer', targetId: lb.id, role: 'secondary', weight: 1, healthy: req.atStart === true, failStreak: 0, okStreak: 0 }, events);
    const standing = standingInstances(req.posture, fleetSize);
    for (let k = 0; k < standing; k++) {
      const inst = launchInstance(world, { zoneId: dr.zoneIds[k % dr.zoneIds.length]!, type: instanceType, initialState: req.atStart ? 'running' : 'pending' }, events);
      plan.instanceIds.push(inst.id);
      if (req.atStart) registerTarget(world, lb, inst.id, events, 'healthy');
      else inst.attachOnRunning = lb.id;
    }
  }
  events.push({ tick: now, type: 'dr.postureSet', subject: dr.id, detail: req.posture });
  return req.posture;
}
