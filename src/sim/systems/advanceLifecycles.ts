import { advance } from '../machines/advance';
import { databaseMachine } from '../machines/databaseMachine';
import { regionMachine } from '../machines/regionMachine';
import { zoneMachine } from '../machines/zoneMachine';
import type { EventSink } from '../events';
import { DATABASE } from '../model/constants';
import type { DatabaseState, RegionState, ZoneState } from '../model/lifecycles';
import type { Database, World } from '../model/world';
import { transitionInstance } from '../instanceOps';
import { findLoadBalancer, findZone } from '../lookup';
import { deregisterEverywhere, registerTarget } from '../targets';

/**
 * Ends every transitional state whose deadline is this tick: boots, stops, reboots, terminations,
 * spot reclaims, zone and region recoveries, database failovers, restores and promotions, load
 * balancer provisioning. Deadlines are tick numbers kept in the World, never timers.
 */
export function advanceLifecycles(world: World, events: EventSink): void {
  const now = world.tick;
  for (const zone of world.zones) {
    if (zone.state === 'recovering' && zone.deadlineTick <= now) {
      zone.state = (advance(zoneMachine, zone.state, { type: 'RECOVERED' }) as ZoneState | null) ?? zone.state;
      events.push({ tick: now, type: 'zone.recovered', subject: zone.id });
      for (const db of world.databases) zoneBack(world, db, zone.id, events);
    }
  }
  for (const region of world.regions) {
    if (region.state === 'recovering' && region.deadlineTick <= now) {
      region.state = (advance(regionMachine, region.state, { type: 'RECOVERED' }) as RegionState | null) ?? region.state;
      events.push({ tick: now, type: 'region.recovered', subject: region.id });
      for (const db of world.databases) {
        if (db.regionId === region.id) zoneBack(world, db, db.primaryZoneId, events);
        for (const r of db.replicas) if (r.regionId === region.id && r.state === 'down') r.state = 'available';
      }
    }
  }
  advanceInstances(world, events);
  for (const db of world.databases) advanceDatabase(world, db, events);
  for (const lb of world.loadBalancers) {
    if (lb.activeFromTick === now && lb.createdTick !== now) events.push({ tick: now, type: 'loadBalancer.active', subject: lb.id });
  }
}

/** One pass over the fleet: the only per-instance loop of this system. */
function advanceInstances(world: World, events: EventSink): void {
  const now = world.tick;
  const list = world.instances;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    const state = inst.state;
    if (state === 'running') {
      if (inst.appReadyTick === now) {
        world.livenessVersion += 1;
        events.push({ tick: now, type: 'instance.appReady', subject: inst.id });
      }
      if (inst.spotReclaimTick !== null && inst.spotReclaimTick <= now) {
        transitionInstance(world, inst, 'TERMINATE', events, 'spot capacity reclaimed');
      }
      continue;
    }
    if (state === 'stopped' || state === 'terminated' || inst.deadlineTick > now) continue;
    if (state === 'pending') {
      transitionInstance(world, inst, 'BOOTED', events);
      if (inst.attachOnRunning !== null) {
        const lb = findLoadBalancer(world, inst.attachOnRunning);
        if (lb) registerTarget(world, lb, inst.id, events);
        inst.attachOnRunning = null;
      }
    } else if (state === 'stopping') transitionInstance(world, inst, 'STOPPED', events);
    else if (state === 'rebooting') transitionInstance(world, inst, 'REBOOTED', events);
    else if (state === 'shuttingDown') {
      transitionInstance(world, inst, 'TERMINATED', events);
      deregisterEverywhere(world, inst.id, events);
    }
  }
}

function advanceDatabase(world: World, db: Database, events: EventSink): void {
  const now = world.tick;
  if (db.replicas.length > 0) {
    for (const r of db.replicas) {
      const regionUp = world.regions.find((x) => x.id === r.regionId)?.state !== 'down';
      if (r.state === 'down' && regionUp && findZone(world, r.zoneId)?.state === 'available') r.state = 'available';
    }
  }
  if (db.deadlineTick > now) return;
  if (db.state === 'failingOver') {
    // The standby becomes the primary; a new standby is built where the old primary was, or in
    // another zone of the region when that zone is still dark.
    const oldPrimary = db.primaryZoneId;
    db.primaryZoneId = db.standbyZoneId ?? db.primaryZoneId;
    const oldZoneUp = findZone(world, oldPrimary)?.state === 'available';
    db.standbyZoneId = oldZoneUp ? oldPrimary : otherLiveZone(world, db.regionId, db.primaryZoneId);
    db.standbyReadyTick = now + DATABASE.standbyRebuildTicks;
    setDb(db, 'FAILOVER_DONE');
    events.push({ tick: now, type: 'database.failedOver', subject: db.id, detail: `primary now in ${db.primaryZoneId}` });
  } else if (db.state === 'restoring') {
    db.primaryZoneId = db.pendingZoneId ?? db.primaryZoneId;
    db.pendingZoneId = null;
    db.lostAtTick = null;
    db.lastLogUploadTick = now;
    setDb(db, 'RESTORED');
    events.push({ tick: now, type: 'database.restored', subject: db.id, detail: db.primaryZoneId });
  } else if (db.state === 'promoting') {
    const replica = db.replicas.find((r) => r.state === 'promoting');
    if (replica) {
      db.regionId = replica.regionId;
      db.primaryZoneId = replica.zoneId;
      db.replicas = db.replicas.filter((r) => r !== replica);
    }
    // A promoted replica is a standalone single-AZ primary: no standby until Multi-AZ is enabled again.
    db.multiAz = false;
    db.standbyZoneId = null;
    db.lostAtTick = null;
    db.lastLogUploadTick = now;
    setDb(db, 'PROMOTED');
    events.push({ tick: now, type: 'database.promoted', subject: db.id, detail: `primary now in ${db.primaryZoneId}` });
  }
}

/** A single-AZ primary whose zone went dark comes back with it, volume intact: nothing is lost. */
function zoneBack(world: World, db: Database, zoneId: string, events: EventSink): void {
  if (db.standbyZoneId === zoneId && db.standbyReadyTick === Number.MAX_SAFE_INTEGER) {
    db.standbyReadyTick = world.tick + DATABASE.standbyRebuildTicks;
  }
  if (db.state !== 'down' || db.primaryZoneId !== zoneId || findZone(world, zoneId)?.state !== 'available') return;
  const region = world.regions.find((r) => r.id === db.regionId);
  if (region && region.state !== 'available') return;
  setDb(db, 'ZONE_BACK');
  db.lostAtTick = null;
  events.push({ tick: world.tick, type: 'database.restored', subject: db.id, detail: `${zoneId} back; no data lost` });
}

function setDb(db: Database, type: 'FAILOVER_DONE' | 'RESTORED' | 'PROMOTED' | 'ZONE_BACK'): void {
  db.state = (advance(databaseMachine, db.state, { type }) as DatabaseState | null) ?? db.state;
}

function otherLiveZone(world: World, regionId: string, exceptZoneId: string): string | null {
  return world.zones.find((z) => z.regionId === regionId && z.id !== exceptZoneId && z.state === 'available')?.id ?? null;
}

