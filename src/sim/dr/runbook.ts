import { advance, canAdvance } from '../machines/advance';
import { databaseMachine } from '../machines/databaseMachine';
import { drMachine } from '../machines/drMachine';
import type { EventSink } from '../events';
import { DATABASE, DR_STACK_DEPLOY_TICKS } from '../model/constants';
import type { DatabaseState, DrState } from '../model/lifecycles';
import type { DrPlan, World } from '../model/world';
import { createLoadBalancer } from '../createLoadBalancer';
import { launchInstance, transitionInstance } from '../instanceOps';
import { findInstance, findLoadBalancer, findRegion, newId } from '../lookup';
import { restore } from '../commands/databaseCommands';
import { perMille, refreshDnsAnswer } from '../systems/checkDnsHealth';
import { canLaunchInto } from '../systems/autoscale';
import { upZones } from '../systems/upZones';
import { deregisterEverywhere } from '../targets';
import { standingInstances } from './provisionPosture';
import { fail, ok, type Result } from '../../shared/result';

/**
 * A DR failover runs the posture's steps: bring the data up in the DR Region (promote the
 * cross-region replica, or restore from the hourly backup copy), bring compute up to production
 * size (start the pilot light's stopped servers, scale the warm standby, build everything for
 * backup & restore), and once both are ready point DNS at the DR Region. The measured RTO is what
 * these steps take; the RPO is what the data step loses.
 */
export function startFailover(world: World, fromRegionId: string, toRegionId: string, events: EventSink): Result<string> {
  const plan = world.dr;
  if (!plan) return fail('set a DR posture first (dr.setPosture)');
  if (plan.primaryRegionId !== fromRegionId || plan.drRegionId !== toRegionId) {
    return fail(`this plan fails over from ${plan.primaryRegionId} to ${plan.drRegionId}`);
  }
  const next = advance(drMachine, plan.state, { type: 'FAIL_OVER' }) as DrState | null;
  if (next === null) return fail(`a failover cannot start while the plan is ${plan.state}`);
  plan.state = next;
  plan.phase = 'waiting';
  plan.startedTick = world.tick;
  events.push({ tick: world.tick, type: 'dr.failoverStarted', subject: toRegionId, detail: plan.posture });
  startDataStep(world, plan, toRegionId, events);
  startComputeStep(world, plan, events);
  return ok(plan.posture);
}

export function startFailback(world: World, events: EventSink): Result<string> {
  const plan = world.dr;
  if (!plan) return fail('there is no DR plan');
  if (findRegion(world, plan.primaryRegionId)?.state !== 'available') return fail(`${plan.primaryRegionId} is not available yet`);
  const next = advance(drMachine, plan.state, { type: 'FAIL_BACK' }) as DrState | null;
  if (next === null) return fail(`fail back needs a completed failover (the plan is ${plan.state})`);
  const db = world.databases[0];
  if (db && db.regionId !== plan.primaryRegionId && !canAdvance(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' })) {
    return fail(`the database is busy (${db.state}); fail back once it is available`);
  }
  plan.state = next;
  plan.phase = 'waiting';
  plan.startedTick = world.tick;
  events.push({ tick: world.tick, type: 'dr.failbackStarted', subject: plan.primaryRegionId });
  // Data goes home through a fresh replica in the primary Region, promoted like any other.
  if (db && db.regionId !== plan.primaryRegionId) {
    const zoneId = findRegion(world, plan.primaryRegionId)!.zoneIds[0]!;
    const id = newId(world, 'replica');
    db.replicas.push({ id, regionId: plan.primaryRegionId, zoneId, state: 'promoting' });
    db.state = advance(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' }) as DatabaseState;
    db.deadlineTick = world.tick + (plan.posture === 'activeActive' ? DATABASE.globalPromoteTicks : DATABASE.promoteTicks);
    events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${id} in ${zoneId}` });
  }
  for (const inst of world.instances) {
    if (inst.regionId === plan.primaryRegionId && inst.state === 'stopped') transitionInstance(world, inst, 'START', events, 'DR fail back');
  }
  return ok(plan.primaryRegionId);
}

function startDataStep(world: World, plan: DrPlan, toRegionId: string, events: EventSink): void {
  const db = world.databases[0];
  if (!db || db.regionId === toRegionId) return;
  const replica = db.replicas.find((r) => r.id === plan.replicaId && r.state === 'available');
  if (replica) {
    const next = advance(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' }) as DatabaseState | null;
    if (next === null) return;
    if (db.lostAtTick !== null) {
      // Asynchronous replication: the replica lags the lost primary by a couple of seconds.
      world.metrics.dataLostSeconds += DATABASE.replicaLagTicks;
      events.push({ tick: world.tick, type: 'database.dataLost', subject: db.id, value: DATABASE.replicaLagTicks });
      db.lostAtTick = null;
    }
    db.state = next;
    replica.state = 'promoting';
    // Aurora Global Database promotes in under a minute; an RDS cross-region replica in minutes.
    db.deadlineTick = world.tick + (plan.posture === 'activeActive' ? DATABASE.globalPromoteTicks : DATABASE.promoteTicks);
    events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${replica.id} in ${replica.zoneId}` });
    return;
  }
  if (db.state === 'available') {
    // Backup & restore with the primary still answering: nothing to restore yet; treat the Region as lost.
    db.state = advance(databaseMachine, db.state, { type: 'PRIMARY_LOST', hasStandby: false }) as DatabaseState;
    db.lostAtTick = world.tick;
  }
  const zoneId = findRegion(world, toRegionId)!.zoneIds[0]!;
  restore(world, { type: 'database.restore', databaseId: db.id, zoneId }, events);
}

function startComputeStep(world: World, plan: DrPlan, events: EventSink): void {
  const region = findRegion(world, plan.drRegionId)!;
  const lb = plan.loadBalancerId === null ? undefined : findLoadBalancer(world, plan.loadBalancerId);
  if (lb) {
    launchDrFleet(world, plan, events);
    return;
  }
  // No standing stack: deploy one from templates first; its instances launch once it is up.
  const deployed = createLoadBalancer({ id: newId(world, 'alb'), region: region.id, zones: [...region.zoneIds] }, world.tick, DR_STACK_DEPLOY_TICKS);
  world.loadBalancers.push(deployed);
  plan.loadBalancerId = deployed.id;
  plan.launchAtTick = world.tick + DR_STACK_DEPLOY_TICKS;
  addDrEndpoint(world, plan, deployed.id, events);
}

/** Brings the DR Region's fleet up to production size behind its load balancer. */
function launchDrFleet(world: World, plan: DrPlan, events: EventSink): void {
  const region = findRegion(world, plan.drRegionId)!;
  const lb = findLoadBalancer(world, plan.loadBalancerId ?? '');
  if (!lb) return;
  for (const id of plan.instanceIds) {
    const inst = findInstance(world, id);
    if (inst?.state === 'stopped') transitionInstance(world, inst, 'START', events, 'DR failover');
  }
  const up = upZones(world);
  const live = plan.instanceIds.filter((id) => {
    const s = findInstance(world, id)?.state;
    return s !== undefined && s !== 'terminated' && s !== 'shuttingDown';
  }).length;
  for (let k = live; k < plan.fleetSize; k++) {
    const zoneId = region.zoneIds[k % region.zoneIds.length]!;
    if (!canLaunchInto(world, zoneId, up)) continue;
    const inst = launchInstance(world, { zoneId, type: plan.instanceType }, events);
    inst.attachOnRunning = lb.id;
    plan.instanceIds.push(inst.id);
  }
}

function addDrEndpoint(world: World, plan: DrPlan, lbId: string, events: EventSink): void {
  const dns = world.dns;
  const id = `${plan.drRegionId}-endpoint`;
  dns.endpoints.push({ id, regionId: plan.drRegionId, targetKind: 'loadBalancer', targetId: lbId, role: 'secondary', weight: 1, healthy: false, failStreak: 0, okStreak: 0 });
  dns.answer = [...dns.answer, 0];
  dns.previousAnswer = [...dns.previousAnswer, 0];
  plan.endpointId = id;
  refreshDnsAnswer(world, events);
}

/** Each tick: when data and compute are ready, switch DNS; when clients have followed, it is done. */
export function runDr(world: World, events: EventSink): void {
  const plan = world.dr;
  if (!plan || plan.phase === 'idle') return;
  if (plan.launchAtTick !== null && world.tick >= plan.launchAtTick) {
    plan.launchAtTick = null;
    events.push({ tick: world.tick, type: 'dr.stepCompleted', subject: plan.drRegionId, detail: 'application stack deployed' });
    launchDrFleet(world, plan, events);
  }
  const failingOver = plan.state === 'failingOver';
  const target = failingOver ? plan.drRegionId : plan.primaryRegionId;
  if (plan.phase === 'waiting') {
    if (!dataReady(world, target) || !computeReady(world, plan, target)) return;
    const endpointIdx = world.dns.endpoints.findIndex((e) => (failingOver ? e.id === plan.endpointId : e.regionId === plan.primaryRegionId));
    world.dns.pinned = failingOver ? perMille(world.dns.endpoints.map((_, i) => (i === endpointIdx ? 1 : 0))) : null;
    refreshDnsAnswer(world, events);
    plan.phase = 'dnsSwitched';
    events.push({ tick: world.tick, type: 'dr.stepCompleted', subject: target, detail: 'DNS now points at ' + target });
    return;
  }
  // Clients follow the new answer as their cached records expire (one TTL).
  if (world.tick - world.dns.answerChangedTick < world.dns.ttlTicks) return;
  plan.state = advance(drMachine, plan.state, { type: 'STEPS_DONE' }) as DrState;
  plan.phase = 'idle';
  plan.activeRegionId = target;
  const took = world.tick - plan.startedTick;
  events.push({ tick: world.tick, type: failingOver ? 'dr.failedOver' : 'dr.failedBack', subject: target, value: took });
  if (!failingOver) {
    standDown(world, plan, events);
    rebuildReplica(world, plan, events);
  }
}

/** Back home, the posture's cross-region replica is rebuilt so the next failover is as fast as the first. */
function rebuildReplica(world: World, plan: DrPlan, events: EventSink): void {
  const db = world.databases[0];
  if (!db || plan.posture === 'backupRestore' || db.replicas.some((r) => r.regionId === plan.drRegionId)) return;
  const zoneId = findRegion(world, plan.drRegionId)!.zoneIds[0]!;
  const id = newId(world, 'replica');
  db.replicas.push({ id, regionId: plan.drRegionId, zoneId, state: 'available' });
  plan.replicaId = id;
  events.push({ tick: world.tick, type: 'database.replicaAdded', subject: db.id, detail: `${id} in ${plan.drRegionId} (cross-region)` });
}

function dataReady(world: World, regionId: string): boolean {
  const db = world.databases[0];
  return !db || (db.state === 'available' && db.regionId === regionId);
}

function computeReady(world: World, plan: DrPlan, regionId: string): boolean {
  const lbs = world.loadBalancers.filter((l) => l.regionId === regionId && l.activeFromTick <= world.tick);
  const healthy = lbs.reduce((n, l) => n + l.targets.filter((t) => t.health === 'healthy').length, 0);
  // Ready at production size; if launches keep failing, ready with what could be built.
  return healthy >= plan.fleetSize || (healthy > 0 && world.tick - plan.startedTick > 3600);
}

/** After failing back, the DR Region returns to its standing posture (and its standing cost). */
function standDown(world: World, plan: DrPlan, events: EventSink): void {
  const keep = standingInstances(plan.posture, plan.fleetSize);
  plan.instanceIds.forEach((id, k) => {
    const inst = findInstance(world, id);
    if (inst && k >= keep) {
      deregisterEverywhere(world, inst.id, events);
      transitionInstance(world, inst, 'TERMINATE', events, 'DR stand-down');
    }
  });
}
