import type { Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import { nextInt } from '../../core/rng';
import type { World } from '../../core/world';
import { advance } from '../../machines/advance';
import { runActions, type ActionHandlers } from '../../machines/interpret';
import { findZone, otherLiveZone } from '../places/places';
import { DATABASE } from './constants';
import { databaseMachine, type DatabaseActions, type DatabaseEvent, type DatabaseState } from './machine';
import type { Database } from './state';

interface DatabaseContext {
  world: World;
  db: Database;
  events: EventSink;
  /** For ZONE_BACK: the zone that came back. */
  zoneId?: string;
}

const handlers: ActionHandlers<DatabaseActions, DatabaseContext> = {
  reportPrimaryLost: ({ world, db, events }) => {
    events.push({ tick: world.tick, type: 'database.primaryLost', subject: db.id, detail: db.primaryZoneId });
  },
  startFailover: ({ world, db, events }) => {
    // Failover typically takes 60–120 s (DOMAIN §6): drawn from the World's seeded stream.
    db.deadlineTick = world.tick + nextInt(world, DATABASE.failoverMinTicks, DATABASE.failoverMaxTicks);
    events.push({ tick: world.tick, type: 'database.failoverStarted', subject: db.id, detail: `to ${db.standbyZoneId}` });
  },
  markDown: ({ world, db, events }) => {
    db.lostAtTick = world.tick;
    events.push({ tick: world.tick, type: 'database.down', subject: db.id });
  },
  completeFailover: ({ world, db, events }) => {
    // The standby becomes the primary; a new standby is built where the old primary was, or in
    // another zone of the Region when that zone is still dark.
    const oldPrimary = db.primaryZoneId;
    db.primaryZoneId = db.standbyZoneId ?? db.primaryZoneId;
    const oldZoneUp = findZone(world, oldPrimary)?.state === 'available';
    db.standbyZoneId = oldZoneUp ? oldPrimary : otherLiveZone(world, db.regionId, db.primaryZoneId);
    db.standbyReadyTick = world.tick + DATABASE.standbyRebuildTicks;
    events.push({ tick: world.tick, type: 'database.failedOver', subject: db.id, detail: `primary now in ${db.primaryZoneId}` });
  },
  completeRestore: ({ world, db, events }) => {
    db.primaryZoneId = db.pendingZoneId ?? db.primaryZoneId;
    db.pendingZoneId = null;
    db.lostAtTick = null;
    db.lastLogUploadTick = world.tick;
    events.push({ tick: world.tick, type: 'database.restored', subject: db.id, detail: db.primaryZoneId });
  },
  completePromotion: ({ world, db, events }) => {
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
    db.lastLogUploadTick = world.tick;
    events.push({ tick: world.tick, type: 'database.promoted', subject: db.id, detail: `primary now in ${db.primaryZoneId}` });
  },
  recoverInPlace: ({ world, db, events, zoneId }) => {
    db.lostAtTick = null;
    events.push({ tick: world.tick, type: 'database.restored', subject: db.id, detail: `${zoneId ?? db.primaryZoneId} back; no data lost` });
  },
};

/** Moves a database through its machine and runs the transition's actions; a refusal changes nothing. */
export function transitionDatabase(world: World, db: Database, event: DatabaseEvent, events: EventSink, zoneId?: string): Result<DatabaseState> {
  const t = advance(databaseMachine, db.state, event);
  if (!t.ok) return t;
  runActions(t.value.actions, handlers, zoneId === undefined ? { world, db, events } : { world, db, events, zoneId });
  db.state = t.value.next;
  return { ok: true, value: db.state };
}

/** A synchronous standby that is in sync, in a zone and Region that are up: a failover can go to it. */
export function hasReadyStandby(world: World, db: Database): boolean {
  if (!db.multiAz || db.standbyZoneId === null || world.tick < db.standbyReadyTick) return false;
  const zone = findZone(world, db.standbyZoneId);
  const region = world.regions.find((r) => r.id === db.regionId);
  return !!zone && zone.state !== 'down' && !!region && region.state !== 'down';
}

/** The primary is gone: with a ready standby RDS fails over (60–120 s, no data lost); without one it is down. */
export function losePrimary(world: World, db: Database, events: EventSink, withStandby: boolean): Result<DatabaseState> {
  return transitionDatabase(world, db, { type: 'PRIMARY_LOST', hasStandby: withStandby }, events);
}

export const findDatabase = (world: World, id: string): Database | undefined => world.databases.find((d) => d.id === id);
