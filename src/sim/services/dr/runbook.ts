import { fail, ok, type Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import { newId } from '../../core/ids';
import type { SystemDef } from '../../core/serviceKind';
import type { World } from '../../core/world';
import { accepts } from '../../machines/advance';
import { DATABASE } from '../database/constants';
import { copySourceLive } from '../database/copySource';
import { databaseMachine } from '../database/machine';
import { planRestore, startRestore } from '../database/restore';
import { transitionDatabase } from '../database/transitionDatabase';
import { perMille, refreshDnsAnswer } from '../dns/answer';
import { findRegion } from '../places/places';
import { transitionInstance } from '../instance/transitionInstance';
import { launchDrFleet, startComputeStep } from './drFleet';
import { standDown } from './standDown';
import type { DrPlan } from './state';
import { drMachine } from './machine';
import { FAILING_OVER, PREPARING, transitionDr } from './transitionDr';
import { words } from '../../../shared/words';

/**
 * A DR failover runs the posture's steps: bring the data up in the DR Region (promote the
 * cross-region replica, or restore from the hourly backup copy), bring compute up to production
 * size (start the pilot light's stopped servers, scale the warm standby, build everything for
 * backup & restore), and once both are ready point DNS at the DR Region. The measured RTO is what
 * these steps take; the RPO is what the data step loses.
 *
 * Multi-site active/active is not failed over by a person: both Regions serve behind health-checked
 * Route 53 records, so when the primary Region's record fails its checks Route 53 stops answering
 * it, and the runbook's steps start by themselves (the global database's promotion, the DR group at
 * production size). `region.failOver` is refused for it, with that reason.
 */
export function checkFailover(world: World, fromRegionId: string, toRegionId: string): Result<DrPlan> {
  const plan = world.dr;
  if (!plan) return fail('set a DR posture first (dr.setPosture)');
  if (plan.primaryRegionId !== fromRegionId || plan.drRegionId !== toRegionId) return fail(`this plan fails over from ${plan.primaryRegionId} to ${plan.drRegionId}`);
  if (plan.state === 'normal' && world.tick < plan.readyTick) {
    const db = world.databases[0];
    if (db && !copySourceLive(world, db)) return fail(`the ${words(plan.posture)} posture is still being built, and its cross-Region copy of the data cannot finish: its source ${db.id} is lost`);
    return fail(`the ${words(plan.posture)} posture is still being built: its cross-Region copy of the data is ready at ${plan.readyTick} s (about ${Math.ceil((plan.readyTick - world.tick) / 60)} min from now)`);
  }
  if (plan.posture === 'activeActive') return fail('multi-site active/active fails over by itself: Route 53 health checks stop answering an unhealthy Region and its data fails over with it');
  return accepts(drMachine, plan.state, { type: 'FAIL_OVER' }) ? ok(plan) : fail(`a failover cannot start while the plan is ${words(plan.state)}`);
}

export function startFailover(world: World, plan: DrPlan, events: EventSink): string {
  void transitionDr(plan, { type: 'FAIL_OVER' });
  plan.startedTick = world.tick;
  events.push({ tick: world.tick, type: 'dr.failoverStarted', subject: plan.drRegionId, detail: plan.posture });
  startDataStep(world, plan, plan.drRegionId, events);
  startComputeStep(world, plan, events);
  return plan.posture;
}

export function checkFailback(world: World): Result<DrPlan> {
  const plan = world.dr;
  if (!plan) return fail('there is no DR plan');
  if (findRegion(world, plan.primaryRegionId)?.state !== 'available') return fail(`${plan.primaryRegionId} is not available yet`);
  if (!accepts(drMachine, plan.state, { type: 'FAIL_BACK' })) return fail(`fail back needs a completed failover (the plan is ${words(plan.state)})`);
  const db = world.databases[0];
  if (db && db.regionId !== plan.primaryRegionId && !accepts(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' })) {
    return fail(`the database is busy (${words(db.state)}); fail back once it is available`);
  }
  return ok(plan);
}

export function startFailback(world: World, plan: DrPlan, events: EventSink): string {
  void transitionDr(plan, { type: 'FAIL_BACK' });
  plan.startedTick = world.tick;
  events.push({ tick: world.tick, type: 'dr.failbackStarted', subject: plan.primaryRegionId });
  // Data goes home through a fresh replica in the primary Region, promoted like any other.
  const db = world.databases[0];
  if (db && db.regionId !== plan.primaryRegionId) {
    const zoneId = findRegion(world, plan.primaryRegionId)!.zoneIds[0]!;
    const id = newId(world, 'replica');
    db.replicas.push({ id, regionId: plan.primaryRegionId, zoneId, state: 'promoting', readyTick: world.tick });
    // checkFailback asked the machine: PROMOTE_REPLICA is accepted.
    void transitionDatabase(world, db, { type: 'PROMOTE_REPLICA' }, events);
    db.deadlineTick = world.tick + (plan.posture === 'activeActive' ? DATABASE.globalPromoteTicks : DATABASE.promoteTicks);
    events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${id} in ${zoneId}` });
  }
  for (const inst of world.instances) {
    if (inst.regionId === plan.primaryRegionId && inst.state === 'stopped') void transitionInstance(world, inst, { type: 'START' }, events, 'DR fail back');
  }
  return plan.primaryRegionId;
}

function startDataStep(world: World, plan: DrPlan, toRegionId: string, events: EventSink): void {
  const db = world.databases[0];
  if (!db || db.regionId === toRegionId) return;
  const replica = db.replicas.find((r) => r.id === plan.replicaId && r.state === 'available');
  if (replica) {
    if (!accepts(databaseMachine, db.state, { type: 'PROMOTE_REPLICA' })) return;
    if (db.lostAtTick !== null) {
      // Asynchronous replication: the replica lags the lost primary by a couple of seconds.
      world.metrics.dataLostSeconds += DATABASE.replicaLagTicks;
      events.push({ tick: world.tick, type: 'database.dataLost', subject: db.id, value: DATABASE.replicaLagTicks });
      db.lostAtTick = null;
    }
    void transitionDatabase(world, db, { type: 'PROMOTE_REPLICA' }, events);
    replica.state = 'promoting';
    // Aurora Global Database promotes in under a minute; an RDS cross-region replica in minutes.
    db.deadlineTick = world.tick + (plan.posture === 'activeActive' ? DATABASE.globalPromoteTicks : DATABASE.promoteTicks);
    events.push({ tick: world.tick, type: 'database.promotionStarted', subject: db.id, detail: `${replica.id} in ${replica.zoneId}` });
    return;
  }
  // Backup & restore with the primary still answering: nothing to restore from but the copy; the
  // failover gives up on the primary Region, so its primary counts as lost from now.
  if (db.state === 'available') void transitionDatabase(world, db, { type: 'PRIMARY_LOST', hasStandby: false }, events);
  const restore = planRestore(world, db, { zoneId: findRegion(world, toRegionId)!.zoneIds[0]! });
  if (restore.ok) startRestore(world, restore.value, events);
}

/** A posture still being built copies its data from the live primary: while that is lost, the copy waits. */
function pauseCopyWhileSourceLost(world: World, plan: DrPlan): void {
  const db = world.databases[0];
  if (plan.state === 'normal' && world.tick < plan.readyTick && db && !copySourceLive(world, db)) plan.readyTick += 1;
}

/**
 * Active/active, ready and serving normally: Route 53 has marked every record of the primary Region
 * unhealthy (3 failed checks), so the failover starts with no command.
 */
function automaticFailoverDue(world: World, plan: DrPlan): boolean {
  if (plan.posture !== 'activeActive' || plan.state !== 'normal' || world.tick < plan.readyTick) return false;
  const primary = world.dns.endpoints.filter((e) => e.regionId === plan.primaryRegionId);
  return primary.length > 0 && primary.every((e) => !e.healthy);
}

/** Each tick: when data and compute are ready, switch DNS; when clients have followed, it is done. */
export const drRunbook: SystemDef = {
  name: 'dr.runbook',
  phase: 'recovery',
  run(world, { events }) {
    const plan = world.dr;
    if (plan) pauseCopyWhileSourceLost(world, plan);
    if (plan && automaticFailoverDue(world, plan)) startFailover(world, plan, events);
    if (!plan || plan.state === 'normal' || plan.state === 'failedOver') return;
    if (plan.launchAtTick !== null && world.tick >= plan.launchAtTick) {
      plan.launchAtTick = null;
      events.push({ tick: world.tick, type: 'dr.stepCompleted', subject: plan.drRegionId, detail: 'application stack deployed' });
      launchDrFleet(world, plan, events);
    }
    const failingOver = FAILING_OVER.has(plan.state);
    const target = failingOver ? plan.drRegionId : plan.primaryRegionId;
    if (PREPARING.has(plan.state)) {
      if (!dataReady(world, target) || !computeReady(world, plan, target)) return;
      const endpointIdx = world.dns.endpoints.findIndex((e) => (failingOver ? e.id === plan.endpointId : e.regionId === plan.primaryRegionId));
      // Active/active needs no pin: its health-checked records already answer only the healthy Region.
      const automatic = plan.posture === 'activeActive';
      world.dns.pinned = failingOver && !automatic ? perMille(world.dns.endpoints.map((_, i) => (i === endpointIdx ? 1 : 0))) : null;
      refreshDnsAnswer(world, events);
      void transitionDr(plan, { type: 'READY' });
      events.push({ tick: world.tick, type: 'dr.stepCompleted', subject: target, detail: automatic ? `Route 53 health checks route to ${target}` : 'DNS now points at ' + target });
      return;
    }
    // Clients follow the new answer as their cached records expire (one TTL).
    if (world.tick - world.dns.answerChangedTick < world.dns.ttlTicks) return;
    void transitionDr(plan, { type: 'CLIENTS_MOVED' });
    plan.activeRegionId = target;
    const took = world.tick - plan.startedTick;
    events.push({ tick: world.tick, type: failingOver ? 'dr.failedOver' : 'dr.failedBack', subject: target, value: took });
    if (!failingOver) {
      standDown(world, plan, events);
      rebuildReplica(world, plan, events);
    }
  },
};

/** Back home, the posture's cross-region replica is rebuilt so the next failover is as fast as the first. */
function rebuildReplica(world: World, plan: DrPlan, events: EventSink): void {
  const db = world.databases[0];
  if (!db || plan.posture === 'backupRestore' || db.replicas.some((r) => r.regionId === plan.drRegionId)) return;
  const zoneId = findRegion(world, plan.drRegionId)!.zoneIds[0]!;
  const id = newId(world, 'replica');
  db.replicas.push({ id, regionId: plan.drRegionId, zoneId, state: 'creating', readyTick: world.tick + DATABASE.crossRegionReplicaCreateTicks });
  plan.readyTick = world.tick + DATABASE.crossRegionReplicaCreateTicks;
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
