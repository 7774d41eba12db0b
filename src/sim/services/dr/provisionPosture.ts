import { fail, ok, type Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { DATABASE } from '../database/constants';
import { addEndpoint } from '../dns/answer';
import { LB_PROVISION_TICKS } from '../loadBalancer/constants';
import { createLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { findRegion } from '../places/places';
import { inheritCalls } from '../../traffic/topology';
import { DR_POSTURE_NAMES, DR_POSTURES, type DrPosture } from './constants';
import { resizeDrGroup, startDrGroupInService } from './drFleet';
import type { DrPlan } from './state';
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

/** The postures from least to most ready (and costly): the order DR_POSTURES lists them in. */
const POSTURE_ORDER: readonly DrPosture[] = DR_POSTURES;

export function checkPosture(world: World, req: PostureRequest): Result<true> {
  const primary = findRegion(world, req.primaryRegionId);
  const dr = findRegion(world, req.drRegionId);
  if (!primary || !dr) return fail(`both Regions must exist (${world.regions.map((r) => r.id).join(', ')})`);
  if (primary.id === dr.id) return fail('the DR Region must differ from the primary Region');
  if (world.dr !== null) {
    const plan = world.dr;
    if (plan.primaryRegionId !== primary.id || plan.drRegionId !== dr.id) return fail(`DR is set up from ${plan.primaryRegionId} to ${plan.drRegionId}: change its posture, not its Regions`);
    if (plan.state !== 'normal') return fail(`the posture can change only while ${plan.primaryRegionId} serves (DR is ${words(plan.state)})`);
    if (req.posture === plan.posture) return fail(`the DR posture is already ${DR_POSTURE_NAMES[plan.posture]}`);
    // Scaling the standby down (removing its load balancer and DNS record) is not modelled.
    if (POSTURE_ORDER.indexOf(req.posture) < POSTURE_ORDER.indexOf(plan.posture)) return fail(`the posture can be raised, not lowered: choose one at least as ready as ${DR_POSTURE_NAMES[plan.posture]}`);
  }
  // A parachute is packed before the jump: the replica and the standby copy need a live primary.
  if (primary.state !== 'available') return fail(`${primary.id} is ${primary.state}: a DR posture has to be in place before the disaster`);
  const source = world.databases[0];
  if (source && source.state !== 'available') return fail(`the database ${source.id} is ${words(source.state)}: a cross-region replica needs a live primary to copy`);
  return ok(true);
}

export function provisionPosture(world: World, req: PostureRequest, events: EventSink): string {
  if (world.dr) return raisePosture(world, world.dr, req.posture, events);
  const primary = findRegion(world, req.primaryRegionId)!;
  const dr = findRegion(world, req.drRegionId)!;
  const fleet = primaryFleet(world, primary.id);
  const plan: DrPlan = {
    posture: req.posture,
    primaryRegionId: primary.id,
    drRegionId: dr.id,
    state: 'normal',
    activeRegionId: primary.id,
    fleetSize: Math.max(1, fleet.length),
    instanceType: fleet[0]?.type ?? 'm5.large',
    loadBalancerId: null,
    endpointId: null,
    replicaId: null,
    scalingGroupId: null,
    startedTick: world.tick,
    launchAtTick: null,
    // Built with the level, or the cross-Region copy of the data takes its time (DOMAIN §15.7).
    readyTick: req.atStart === true ? 0 : world.tick + DATABASE.crossRegionReplicaCreateTicks,
  };
  world.dr = plan;
  const db = world.databases[0];
  if (db && req.posture !== 'backupRestore') addCrossRegionReplica(world, plan, req.atStart === true, events);
  else if (db) {
    // Cross-region backup copies: billed as snapshot storage of the whole database.
    db.snapshots.push({ id: newId(world, 'snap'), databaseId: db.id, tick: world.tick, sizeGb: db.storageGb });
  }
  if (req.posture === 'warmStandby' || req.posture === 'activeActive') buildStandby(world, plan, req.atStart === true, events);
  events.push({ tick: world.tick, type: 'dr.postureSet', subject: dr.id, detail: req.posture });
  return req.posture;
}

/**
 * A posture raised during the run (say pilot light to warm standby): what the new posture keeps
 * standing that the old one did not is added, as it would be built on the day it is ordered; what
 * is already there stays. The fleet it would restore is measured again now.
 */
function raisePosture(world: World, plan: DrPlan, posture: DrPosture, events: EventSink): string {
  const fleet = primaryFleet(world, plan.primaryRegionId);
  plan.fleetSize = Math.max(plan.fleetSize, fleet.length);
  plan.posture = posture;
  if (posture !== 'backupRestore' && plan.replicaId === null && world.databases[0]) {
    addCrossRegionReplica(world, plan, false, events);
    // Until the replica is built, a failover still restores from the backup copy it had.
  }
  if (posture === 'warmStandby' || posture === 'activeActive') buildStandby(world, plan, false, events);
  events.push({ tick: world.tick, type: 'dr.postureSet', subject: plan.drRegionId, detail: posture });
  return posture;
}

function primaryFleet(world: World, regionId: string) {
  return world.instances.filter((i) => i.regionId === regionId && (i.state === 'running' || i.state === 'pending'));
}

function addCrossRegionReplica(world: World, plan: DrPlan, atStart: boolean, events: EventSink): void {
  const db = world.databases[0]!;
  const dr = findRegion(world, plan.drRegionId)!;
  const id = newId(world, 'replica');
  const readyTick = atStart ? 0 : world.tick + DATABASE.crossRegionReplicaCreateTicks;
  db.replicas.push({ id, regionId: dr.id, zoneId: dr.zoneIds[0]!, state: atStart ? 'available' : 'creating', readyTick });
  plan.replicaId = id;
  events.push({ tick: world.tick, type: 'database.replicaAdded', subject: db.id, detail: `${id} in ${dr.id} (cross-region)` });
}

/**
 * The running part of warm standby and active/active: a load balancer in the DR Region, its DNS
 * record, and the posture's standing instances: an Auto Scaling group kept at that size (it replaces
 * any instance that is terminated or fails its health check). Built mid-run, the group launches
 * them and the record earns "healthy" from Route 53's checks once its load balancer serves.
 */
function buildStandby(world: World, plan: DrPlan, atStart: boolean, events: EventSink): void {
  const dr = findRegion(world, plan.drRegionId)!;
  const now = world.tick;
  world.dns.policy = plan.posture === 'activeActive' ? 'weighted' : 'failover';
  let lb = plan.loadBalancerId === null ? undefined : world.loadBalancers.find((l) => l.id === plan.loadBalancerId);
  if (!lb) {
    lb = createLoadBalancer({ id: newId(world, 'alb'), region: dr.id, zones: [...dr.zoneIds] }, now, atStart ? 0 : LB_PROVISION_TICKS);
    world.loadBalancers.push(lb);
    inheritCalls(world, lb.id);
    plan.loadBalancerId = lb.id;
    // The DR Region's DNS endpoint: a failover secondary, or an equal weight for active/active.
    const endpointId = `${dr.id}-endpoint`;
    plan.endpointId = endpointId;
    addEndpoint(world, { id: endpointId, regionId: dr.id, targetKind: 'loadBalancer', targetId: lb.id, role: 'secondary', weight: 1, healthy: atStart, failStreak: 0, okStreak: 0 }, events);
  }
  const group = resizeDrGroup(world, plan, standingInstances(plan.posture, plan.fleetSize), events);
  if (atStart) startDrGroupInService(world, group, events);
}
