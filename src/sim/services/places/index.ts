import { defineKind } from '../../core/serviceKind';
import { PLACES_CAUSES, PLACES_EVENTS, PLACES_LEDGER } from './names';
import { regionOutage, zoneInsufficientCapacity, zonePowerInterruption } from './faults';
import { regionMachine, zoneMachine } from './machines';
import { placesRecovery } from './recovery';
import type { PlacesSlice } from './state';

/**
 * Regions and Availability Zones: the places everything runs in, with the correlated blast radius of
 * their outages. Not a service a player buys, but a kind like the others: its faults, its machines,
 * its recovery, and the reactions it sends to every kind when power goes or comes back.
 */
export const placesKind = defineKind<PlacesSlice>({
  name: 'places',
  // Regions are a top-level field of the level file, not part of the estate.
  estate: {},
  initial: (scenario) => ({
    regions: scenario.regions.map((r) => ({ id: r.id, state: 'available', deadlineTick: 0, zoneIds: [...r.zones] })),
    zones: scenario.regions.flatMap((r) => r.zones.map((z) => ({ id: z, regionId: r.id, state: 'available' as const, deadlineTick: 0, launchBlockedUntilTick: 0 }))),
    subnets: scenario.regions.flatMap((r) => r.zones.map((z) => ({ id: `${z}-subnet-a`, zoneId: z }))),
  }),
  systems: [placesRecovery],
  faults: [zonePowerInterruption, zoneInsufficientCapacity, regionOutage],
  ledgerCategories: PLACES_LEDGER,
  failureCauses: PLACES_CAUSES,
  events: PLACES_EVENTS,
  machines: { zone: zoneMachine, region: regionMachine },
  invariants(world, out) {
    for (const z of world.zones) if (!world.regions.some((r) => r.id === z.regionId)) out.push(`zone ${z.id}: Region ${z.regionId} does not exist`);
  },
});
