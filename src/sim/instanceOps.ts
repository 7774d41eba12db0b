import { advance } from './machines/advance';
import { instanceMachine } from './machines/instanceMachine';
import type { EventSink } from './events';
import { instanceType } from './model/instanceTypes';
import { chargeHourly } from './model/ledger';
import { TIMING } from './model/constants';
import type { InstanceState } from './model/lifecycles';
import type { Instance, Purchase, Tenancy, World } from './model/world';
import { findZone, newId } from './lookup';
import { instanceHourlyMicros } from './pricing';

export type InstanceEvent = 'BOOTED' | 'STOP' | 'STOPPED' | 'START' | 'TERMINATE' | 'TERMINATED' | 'REBOOT' | 'REBOOTED' | 'POWER_LOST' | 'RESIZE';

/** How long each transitional state lasts, in ticks. */
const DURATION: Partial<Record<InstanceState, number>> = {
  pending: TIMING.bootTicks,
  stopping: TIMING.stopTicks,
  shuttingDown: TIMING.terminateTicks,
  rebooting: TIMING.rebootTicks,
};

export interface LaunchOptions {
  zoneId: string;
  type: string;
  purchase?: Purchase;
  tenancy?: Tenancy;
  scalingGroupId?: string | null;
  id?: string;
  diskGb?: number;
  /** Start in `running` (the level's starting estate) or `stopped`, skipping the boot. */
  initialState?: 'pending' | 'running' | 'stopped';
}

export function launchInstance(world: World, opts: LaunchOptions, events: EventSink): Instance {
  const zone = findZone(world, opts.zoneId);
  if (!zone) throw new Error(`launchInstance: unknown zone ${opts.zoneId}`);
  const now = world.tick;
  const state = opts.initialState ?? 'pending';
  const inst: Instance = {
    id: opts.id ?? newId(world, 'i'),
    regionId: zone.regionId,
    zoneId: zone.id,
    subnetId: `${zone.id}-subnet-a`,
    type: opts.type,
    capacityRps: instanceType(opts.type)?.capacityRps ?? 0,
    purchase: opts.purchase ?? 'onDemand',
    tenancy: opts.tenancy ?? 'shared',
    state,
    stateSinceTick: now,
    deadlineTick: state === 'pending' ? now + TIMING.bootTicks : 0,
    // The starting estate is already serving when the level begins.
    appReadyTick: state === 'running' ? now : null,
    runningSinceTick: now,
    attachOnRunning: null,
    diskGb: opts.diskGb ?? 8,
    scalingGroupId: opts.scalingGroupId ?? null,
    sessions: 0,
    greyUntilTick: 0,
    spotReclaimTick: null,
    loadRps: 0,
    utilisation: 0,
    terminatedTick: null,
  };
  world.instances.push(inst);
  world.fleetChanged = true;
  events.push({ tick: now, type: 'instance.launched', subject: inst.id, detail: `${inst.type} in ${inst.zoneId}` });
  return inst;
}

/**
 * Moves an instance through its lifecycle machine and applies the consequences every path shares:
 * RAM (and the sessions in it) is erased on stop, reboot and terminate (DOMAIN §4.2); leaving
 * `running` settles the 60-second minimum bill (DOMAIN §4.1). Returns false when the machine refuses.
 */
export function transitionInstance(world: World, inst: Instance, event: InstanceEvent, events: EventSink, why?: string): boolean {
  const next = advance(instanceMachine, inst.state, { type: event }) as InstanceState | null;
  if (next === null) return false;
  const now = world.tick;
  const prev = inst.state;
  const wasRunning = prev === 'running' || prev === 'rebooting';
  const staysRunning = next === 'running' || next === 'rebooting';
  if (wasRunning && !staysRunning) settleMinimumBill(world, inst);
  if (next !== 'running') inst.appReadyTick = null;
  if (inst.sessions > 0 && next !== 'running') loseSessions(world, inst, events, next);

  inst.state = next;
  world.livenessVersion += 1;
  inst.stateSinceTick = now;
  inst.deadlineTick = now + (DURATION[next] ?? 0);
  if (next === 'running') {
    // A reboot does not start a new billing period (DOMAIN §4.1); a boot from pending does.
    if (prev === 'pending') inst.runningSinceTick = now;
    inst.appReadyTick = now + TIMING.appStartTicks;
  }
  if (next === 'terminated') inst.terminatedTick = now;
  if (next === 'stopped' || next === 'terminated') inst.spotReclaimTick = null;
  world.fleetChanged = true;
  inst.loadRps = 0;
  inst.utilisation = 0;
  const type = next === 'pending' ? 'instance.started' : prev === 'rebooting' && next === 'running' ? 'instance.rebooted' : EVENT_FOR[next];
  events.push({ tick: now, type, subject: inst.id, ...(why ? { detail: why } : {}) });
  return true;
}

const EVENT_FOR = {
  pending: 'instance.launched',
  running: 'instance.running',
  rebooting: 'instance.rebooting',
  stopping: 'instance.stopping',
  stopped: 'instance.stopped',
  shuttingDown: 'instance.shuttingDown',
  terminated: 'instance.terminated',
} as const;

function loseSessions(world: World, inst: Instance, events: EventSink, next: InstanceState): void {
  world.metrics.sessionsLost += inst.sessions;
  // Each lost session is a user whose next request fails (logged out, cart gone).
  world.metrics.failed += inst.sessions;
  world.metrics.failedByCause.session += inst.sessions;
  world.metrics.requests += inst.sessions;
  world.metrics.windowBad += inst.sessions;
  world.metrics.windowRequests += inst.sessions;
  events.push({ tick: world.tick, type: 'sessions.lost', subject: inst.id, value: inst.sessions, detail: `instance ${next}` });
  inst.sessions = 0;
}

/** Per-second billing with a 60-second minimum each time the instance enters running. */
function settleMinimumBill(world: World, inst: Instance): void {
  const short = TIMING.minBilledRunningTicks - (world.tick - inst.runningSinceTick);
  if (short > 0) chargeHourly(world.ledger, 'compute', instanceHourlyMicros(inst), short);
}

/** Running, application up, and not in a dead zone: can serve requests this tick. */
export function isServing(inst: Instance, now: number): boolean {
  return inst.state === 'running' && inst.appReadyTick !== null && inst.appReadyTick <= now;
}
