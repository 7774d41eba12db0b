import { fail, ok, type Result } from '../../../shared/result';
import type { World } from '../../core/world';
import { react } from '../../core/reactions';
import { defineFault } from '../../faults/defineFault';
import { findRegion, findZone } from './places';
import type { Zone } from './state';
import { transitionRegion, transitionZone } from './transitionPlace';

function zoneOf(world: World, kind: string, id: string | undefined): Result<Zone> {
  const zone = findZone(world, id ?? '');
  return zone ? ok(zone) : fail(`${kind} needs a zone id; "${id ?? ''}" is not one`);
}

/**
 * FIS "AZ Availability: Power Interruption": the zone goes dark, its instances stop, launches into it
 * fail for the duration, a database whose primary was there fails over or goes down (DOMAIN §13.2).
 * A second interruption of a zone that is already dark extends the launch block and changes nothing else.
 */
export const zonePowerInterruption = defineFault({
  kind: 'zone.powerInterruption',
  summary: 'An Availability Zone loses power: its instances stop and launches into it fail until it recovers.',
  targets: 'zone',
  defaultDurationSeconds: 1800,
  check: (world, req) => zoneOf(world, req.kind, req.targetId),
  start(world, zone, req, affected, events) {
    zone.launchBlockedUntilTick = Math.max(zone.launchBlockedUntilTick, world.tick + (req.durationSeconds ?? 1800));
    if (transitionZone(world, zone, { type: 'POWER_LOST' }, events).ok) react('zoneDown', world, zone.id, affected, events);
  },
  end(world, targetId, events) {
    const zone = findZone(world, targetId);
    // Refused only if the zone is not dark (nothing to restore).
    if (zone) void transitionZone(world, zone, { type: 'POWER_RESTORED' }, events);
  },
  pool: (world) => world.zones,
  eligible: (z) => z.state === 'available',
});

/** FIS-style capacity exhaustion: launches into the zone fail with InsufficientInstanceCapacity. */
export const zoneInsufficientCapacity = defineFault({
  kind: 'zone.insufficientCapacity',
  summary: 'An Availability Zone runs out of capacity: launches into it fail with InsufficientInstanceCapacity.',
  targets: 'zone',
  defaultDurationSeconds: 1800,
  check: (world, req) => zoneOf(world, req.kind, req.targetId),
  start(world, zone, req) {
    zone.launchBlockedUntilTick = Math.max(zone.launchBlockedUntilTick, world.tick + (req.durationSeconds ?? 1800));
  },
  pool: (world) => world.zones,
  eligible: (z) => z.state === 'available',
});

/** A Region goes down: nothing in it can be reached; its databases' primaries are lost. */
export const regionOutage = defineFault({
  kind: 'region.outage',
  summary: 'A whole Region goes down: nothing in it can be reached until it recovers.',
  targets: 'region',
  defaultDurationSeconds: 7200,
  check(world, req) {
    const region = findRegion(world, req.targetId ?? '');
    return region ? ok(region) : fail(`region.outage needs a region id; "${req.targetId ?? ''}" is not one`);
  },
  start(world, region, _req, _affected, events) {
    if (transitionRegion(world, region, { type: 'OUTAGE' }, events).ok) react('regionDown', world, region.id, events);
  },
  end(world, targetId, events) {
    const region = findRegion(world, targetId);
    // Refused only if the Region is not down (nothing to restore).
    if (region) void transitionRegion(world, region, { type: 'RESTORE' }, events);
  },
  pool: (world) => world.regions,
  eligible: (r) => r.state === 'available',
});
