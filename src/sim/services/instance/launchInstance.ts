import type { EventSink } from '../../core/events';
import { setAlarm } from '../../core/alarms';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { findZone } from '../places/places';
import { NO_CONTRIBUTION, rebill } from './billing';
import { TIMING, type Purchase, type Tenancy } from './constants';
import { instanceType } from './instanceTypes';
import type { Instance } from './state';

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

/** A new instance in `pending` (it boots), or already running or stopped for the starting estate. */
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
    terminatedTick: null,
  };
  world.instances.push(inst);
  if (state === 'pending') setAlarm(world.instanceAlarms, inst.deadlineTick, inst.id);
  if (inst.appReadyTick !== null) setAlarm(world.instanceAlarms, inst.appReadyTick, inst.id);
  rebill(world, NO_CONTRIBUTION, inst);
  events.push({ tick: now, type: 'instance.launched', subject: inst.id, detail: `${inst.type} in ${inst.zoneId}` });
  return inst;
}
