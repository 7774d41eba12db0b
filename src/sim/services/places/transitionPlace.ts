import type { Result } from '../../../shared/result';
import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { noteEverythingChanged } from '../../core/changes';
import { advance } from '../../machines/advance';
import { runActions, type ActionHandlers } from '../../machines/interpret';
import { regionMachine, zoneMachine, type PlaceActions, type RegionEvent, type RegionState, type ZoneEvent, type ZoneState } from './machines';
import type { Region, Zone } from './state';

interface PlaceContext {
  world: World;
  place: Zone | Region;
  events: EventSink;
}

const handlers: ActionHandlers<PlaceActions, PlaceContext> = {
  livenessChanged: ({ world }) => {
    noteEverythingChanged(world);
  },
  setDeadline: ({ world, place }, { ticks }) => {
    place.deadlineTick = world.tick + ticks;
  },
  emit: ({ world, place, events }, { event, detail }) => {
    events.push({ tick: world.tick, type: event, subject: place.id, ...(detail ? { detail } : {}) });
  },
};

/** Moves a zone through its machine and runs the transition's actions; a refusal changes nothing. */
export function transitionZone(world: World, zone: Zone, event: ZoneEvent, events: EventSink): Result<ZoneState> {
  const t = advance(zoneMachine, zone.state, event);
  if (!t.ok) return t;
  zone.state = t.value.next;
  runActions(t.value.actions, handlers, { world, place: zone, events });
  return { ok: true, value: zone.state };
}

/** Moves a Region through its machine and runs the transition's actions; a refusal changes nothing. */
export function transitionRegion(world: World, region: Region, event: RegionEvent, events: EventSink): Result<RegionState> {
  const t = advance(regionMachine, region.state, event);
  if (!t.ok) return t;
  region.state = t.value.next;
  runActions(t.value.actions, handlers, { world, place: region, events });
  return { ok: true, value: region.state };
}
