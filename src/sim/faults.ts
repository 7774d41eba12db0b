import { advance } from './machines/advance';
import { databaseMachine } from './machines/databaseMachine';
import { regionMachine } from './machines/regionMachine';
import { zoneMachine } from './machines/zoneMachine';
import type { EventSink } from './events';
import { DATABASE, TIMING } from './model/constants';
import type { DatabaseState, RegionState, ZoneState } from './model/lifecycles';
import type { FaultKind } from './model/scenario';
import type { Database, World } from './model/world';
import { transitionInstance } from './instanceOps';
import { findDatabase, findInstance, findRegion, findZone, newId } from './lookup';
import { nextInt } from './rng';
import { fail, ok, type Result } from '../shared/result';

/** Default durations, seconds: FIS's AZ power interruption scenario runs PT30M (DOMAIN §13.2). */
const DEFAULT_DURATION: Record<FaultKind, number> = {
  'instance.terminate': 0,
  'instance.stop': 600,
  'instance.reboot': 0,
  'instance.spotInterruption': 0,
  'instance.greyFailure': 900,
  'zone.powerInterruption': 1800,
  'zone.insufficientCapacity': 1800,
  'region.outage': 7200,
  'database.primaryFailure': 0,
  'traffic.spike': 900,
};

/** Demand multiplier cap for traffic spikes, percent (10×). */
export const MAX_SPIKE_PCT = 1000;

/** After power returns, an AZ takes a while to come back fully (game value). */
export const RECOVERY_TICKS = 120;

export interface FaultRequest {
  kind: FaultKind;
  targetId?: string | undefined;
  durationSeconds?: number | undefined;
  spikePct?: number | undefined;
}

/**
 * Starts a fault now. Faults are shaped like AWS FIS actions; each can come from a level's schedule,
 * a seeded random rate, or a command (a teacher's hotkey). Returns why not when the target is wrong.
 */
export function startFault(world: World, req: FaultRequest, events: EventSink): Result<string> {
  const now = world.tick;
  // A fault that must end (an outage, a spike) never gets a zero or negative duration.
  const asked = req.durationSeconds ?? DEFAULT_DURATION[req.kind];
  const duration = asked > 0 || DEFAULT_DURATION[req.kind] === 0 || req.kind === 'instance.stop' ? asked : DEFAULT_DURATION[req.kind];
  const target = req.targetId ?? '';
  const affected: string[] = [];
  const check = applyStart(world, req, target, affected, events);
  if (!check.ok) return check;
  const id = newId(world, 'fault');
  if (duration > 0) {
    world.faults.push({ id, kind: req.kind, targetId: target, startTick: now, endTick: now + duration, affected, value: req.kind === 'traffic.spike' ? (req.spikePct ?? 300) : 0 });
  }
  events.push({ tick: now, type: 'fault.started', subject: target || req.kind, detail: req.kind, value: duration });
  return ok(id);
}

function applyStart(world: World, req: FaultRequest, target: string, affected: string[], events: EventSink): Result<true> {
  const now = world.tick;
  const why = `fault: ${req.kind}`;
  switch (req.kind) {
    case 'instance.terminate':
    case 'instance.stop':
    case 'instance.reboot':
    case 'instance.spotInterruption':
    case 'instance.greyFailure': {
      const inst = findInstance(world, target);
      if (!inst || inst.state === 'terminated') return fail(`${req.kind} needs a live instance id; "${target}" is not one`);
      if (req.kind === 'instance.terminate') transitionInstance(world, inst, 'TERMINATE', events, why);
      else if (req.kind === 'instance.stop') {
        if (transitionInstance(world, inst, 'STOP', events, why)) affected.push(inst.id);
      } else if (req.kind === 'instance.reboot') transitionInstance(world, inst, 'REBOOT', events, why);
      else if (req.kind === 'instance.greyFailure') inst.greyUntilTick = now + (req.durationSeconds ?? DEFAULT_DURATION[req.kind]);
      else {
        if (inst.purchase !== 'spot') return fail(`spot interruptions only reach spot instances; ${inst.id} is on-demand`);
        inst.spotReclaimTick = now + TIMING.spotNoticeTicks;
        events.push({ tick: now, type: 'instance.spotInterruptionNoticed', subject: inst.id, value: TIMING.spotNoticeTicks });
      }
      return ok(true);
    }
    case 'zone.powerInterruption': {
      const zone = findZone(world, target);
      if (!zone) return fail(`zone.powerInterruption needs a zone id; "${target}" is not one`);
      const next = advance(zoneMachine, zone.state, { type: 'POWER_LOST' }) as ZoneState | null;
      if (next) zone.state = next;
      world.livenessVersion += 1;
      events.push({ tick: now, type: 'zone.outageStarted', subject: zone.id, detail: 'power interruption' });
      // FIS stops the AZ's instances and blocks launches into it for the duration (DOMAIN §13.2).
      zone.launchBlockedUntilTick = Math.max(zone.launchBlockedUntilTick, now + (req.durationSeconds ?? DEFAULT_DURATION[req.kind]));
      for (const inst of world.instances) {
        if (inst.zoneId === zone.id && transitionInstance(world, inst, 'POWER_LOST', events, why)) affected.push(inst.id);
      }
      for (const db of world.databases) loseDatabaseZone(world, db, zone.id, events);
      return ok(true);
    }
    case 'zone.insufficientCapacity': {
      const zone = findZone(world, target);
      if (!zone) return fail(`zone.insufficientCapacity needs a zone id; "${target}" is not one`);
      zone.launchBlockedUntilTick = Math.max(zone.launchBlockedUntilTick, now + (req.durationSeconds ?? DEFAULT_DURATION[req.kind]));
      return ok(true);
    }
    case 'region.outage': {
      const region = findRegion(world, target);
      if (!region) return fail(`region.outage needs a region id; "${target}" is not one`);
      const next = advance(regionMachine, region.state, { type: 'OUTAGE' }) as RegionState | null;
      if (next) region.state = next;
      world.livenessVersion += 1;
      events.push({ tick: now, type: 'region.outageStarted', subject: region.id });
      for (const db of world.databases) {
        if (db.regionId === region.id) losePrimary(world, db, events, false);
        for (const r of db.replicas) if (r.regionId === region.id) r.state = 'down';
      }
      return ok(true);
    }
    case 'database.primaryFailure': {
      const db = findDatabase(world, target);
      if (!db) return fail(`database.primaryFailure needs a database id; "${target}" is not one`);
      losePrimary(world, db, events, hasReadyStandby(world, db));
      return ok(true);
    }
    case 'traffic.spike': {
      const pct = req.spikePct ?? 300;
      if (!(pct > 0 && pct <= MAX_SPIKE_PCT)) return fail(`spikePct must be above 0 and at most ${MAX_SPIKE_PCT}`);
      // Overlapping spikes: the strongest one running sets demand.
      world.trafficSpikePct = Math.max(pct, world.faults.some((f) => f.kind === 'traffic.spike') ? world.trafficSpikePct : 0);
      return ok(true);
    }
  }
}

/** Ends the faults whose time is up. Runs first in the tick. */
export function endFaults(world: World, events: EventSink): void {
  const now = world.tick;
  if (!world.faults.some((f) => f.endTick <= now)) return;
  const remaining = [];
  const ended = [];
  for (const f of world.faults) {
    if (f.endTick > now) {
      remaining.push(f);
      continue;
    }
    ended.push(f);
  }
  // Remove them first, so each ending can see which faults are still running.
  world.faults = remaining;
  for (const f of ended) {
    endFault(world, f.kind as FaultKind, f.targetId, f.affected, events);
    events.push({ tick: now, type: 'fault.ended', subject: f.targetId || f.kind, detail: f.kind });
  }
}

function endFault(world: World, kind: FaultKind, target: string, affected: string[], events: EventSink): void {
  const now = world.tick;
  // Another fault of the same kind still holding the same target keeps it down; the instances this
  // one stopped are handed to it, so they restart when the last one ends.
  const holder = kind === 'traffic.spike' ? undefined : world.faults.find((f) => f.kind === kind && f.targetId === target);
  if (holder) {
    holder.affected.push(...affected.filter((id) => !holder.affected.includes(id)));
    return;
  }
  if (kind === 'zone.powerInterruption') {
    const zone = findZone(world, target);
    if (zone) {
      const next = advance(zoneMachine, zone.state, { type: 'POWER_RESTORED' }) as ZoneState | null;
      if (next) {
        zone.state = next;
        world.livenessVersion += 1;
        zone.deadlineTick = now + RECOVERY_TICKS;
        events.push({ tick: now, type: 'zone.recovering', subject: zone.id });
      }
    }
  } else if (kind === 'region.outage') {
    const region = findRegion(world, target);
    if (region) {
      const next = advance(regionMachine, region.state, { type: 'RESTORE' }) as RegionState | null;
      if (next) {
        region.state = next;
        world.livenessVersion += 1;
        region.deadlineTick = now + RECOVERY_TICKS;
        events.push({ tick: now, type: 'region.recovering', subject: region.id });
      }
    }
  } else if (kind === 'traffic.spike') {
    const still = world.faults.filter((f) => f.kind === 'traffic.spike').map((f) => f.value);
    world.trafficSpikePct = still.length > 0 ? Math.max(...still) : 100;
  }
  // FIS startInstancesAfterDuration: what the fault stopped starts again (if nobody changed it since).
  for (const id of affected) {
    const inst = findInstance(world, id);
    if (inst && inst.state === 'stopped') transitionInstance(world, inst, 'START', events, `fault ended: ${kind}`);
  }
}

export function hasReadyStandby(world: World, db: Database): boolean {
  if (!db.multiAz || db.standbyZoneId === null || world.tick < db.standbyReadyTick) return false;
  const zone = findZone(world, db.standbyZoneId);
  const region = findRegion(world, db.regionId);
  return !!zone && zone.state !== 'down' && !!region && region.state !== 'down';
}

function loseDatabaseZone(world: World, db: Database, zoneId: string, events: EventSink): void {
  for (const r of db.replicas) if (r.zoneId === zoneId) r.state = 'down';
  if (db.standbyZoneId === zoneId && db.primaryZoneId !== zoneId) {
    // Losing the standby leaves the primary unprotected until a new standby is built.
    db.standbyReadyTick = Number.MAX_SAFE_INTEGER;
    return;
  }
  if (db.primaryZoneId === zoneId) losePrimary(world, db, events, hasReadyStandby(world, db));
}

/**
 * The primary is gone. With a synchronous standby, RDS fails over (60–120 s, no data lost).
 * Without one the database is down until its zone comes back or it is restored from backup.
 */
export function losePrimary(world: World, db: Database, events: EventSink, withStandby: boolean): void {
  const now = world.tick;
  const next = advance(databaseMachine, db.state, { type: 'PRIMARY_LOST', hasStandby: withStandby }) as DatabaseState | null;
  if (next === null) return;
  db.state = next;
  events.push({ tick: now, type: 'database.primaryLost', subject: db.id, detail: db.primaryZoneId });
  if (next === 'failingOver') {
    db.deadlineTick = now + failoverTicks(world);
    events.push({ tick: now, type: 'database.failoverStarted', subject: db.id, detail: `to ${db.standbyZoneId}` });
  } else {
    db.lostAtTick = now;
    events.push({ tick: now, type: 'database.down', subject: db.id });
  }
}

export function failoverTicks(world: World): number {
  // Failover typically takes 60–120 s (DOMAIN §6): drawn from the World's seeded stream.
  return nextInt(world, DATABASE.failoverMinTicks, DATABASE.failoverMaxTicks);
}
