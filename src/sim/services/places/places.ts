import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import { leavesTagged } from '../../machines/advance';
import { regionMachine, zoneMachine } from './machines';
import type { Region, Zone } from './state';

const ZONE_UP = leavesTagged(zoneMachine, 'up');
const ZONE_LAUNCHABLE = leavesTagged(zoneMachine, 'launchable');
const REGION_UP = leavesTagged(regionMachine, 'up');

export const findZone = (world: World, id: string): Zone | undefined => world.zones.find((z) => z.id === id);
export const findRegion = (world: World, id: string): Region | undefined => world.regions.find((r) => r.id === id);

const upSlot = derivedSlot('places.up', () => ({ version: -1, up: new Set<string>() as ReadonlySet<string> }));

/**
 * The zones that can run and serve now (zone not down, Region not down). Every change of a zone's
 * or Region's state bumps the liveness version, so the set is worked out again only then.
 */
export function upZones(world: World): ReadonlySet<string> {
  const slot = upSlot(world);
  if (slot.version === world.livenessVersion) return slot.up;
  const up = new Set<string>();
  for (const z of world.zones) {
    if (!ZONE_UP.has(z.state)) continue;
    const region = world.regions.find((r) => r.id === z.regionId);
    if (region && REGION_UP.has(region.state)) up.add(z.id);
  }
  slot.version = world.livenessVersion;
  slot.up = up;
  return up;
}

/** Is the zone (and its Region) able to run things right now? */
export function isZoneUp(world: World, zoneId: string): boolean {
  const zone = findZone(world, zoneId);
  if (!zone || !ZONE_UP.has(zone.state)) return false;
  const region = findRegion(world, zone.regionId);
  return !!region && REGION_UP.has(region.state);
}

/**
 * Can a launch (or a start) go into this zone now? Not while it is dark or still recovering, and
 * not while its capacity is exhausted (zone.insufficientCapacity, or the aftermath of a power cut).
 */
export function canLaunchInto(world: World, zoneId: string, up: ReadonlySet<string>): boolean {
  const zone = findZone(world, zoneId);
  return !!zone && up.has(zoneId) && ZONE_LAUNCHABLE.has(zone.state) && world.tick >= zone.launchBlockedUntilTick;
}

const zoneIndexSlot = derivedSlot('places.zoneIndex', () => new Map<string, number>());

/** Zone id → its index in world.zones (zones never change during a run). */
export function zoneIndexOf(world: World): Map<string, number> {
  const m = zoneIndexSlot(world);
  if (m.size === 0) world.zones.forEach((z, i) => m.set(z.id, i));
  return m;
}

/** The first other zone of the Region (where a standby goes when the level does not say). */
export function otherZone(world: World, regionId: string, exceptZoneId: string): string | null {
  return world.zones.find((z) => z.regionId === regionId && z.id !== exceptZoneId)?.id ?? null;
}

/** Another zone of the Region that is available now, or null. */
export function otherLiveZone(world: World, regionId: string, exceptZoneId: string): string | null {
  return world.zones.find((z) => z.regionId === regionId && z.id !== exceptZoneId && z.state === 'available')?.id ?? null;
}
