import { react } from '../../core/reactions';
import type { SystemDef } from '../../core/serviceKind';
import { transitionRegion, transitionZone } from './transitionPlace';

/** Zones and Regions whose recovery period is over become available again; the kinds hear of it. */
export const placesRecovery: SystemDef = {
  name: 'places.recovery',
  phase: 'lifecycles',
  run(world, { events }) {
    const now = world.tick;
    for (const zone of world.zones) {
      if (zone.state !== 'recovering' || zone.deadlineTick > now) continue;
      if (transitionZone(world, zone, { type: 'RECOVERED' }, events).ok) react('zoneBack', world, zone.id, events);
    }
    for (const region of world.regions) {
      if (region.state !== 'recovering' || region.deadlineTick > now) continue;
      if (transitionRegion(world, region, { type: 'RECOVERED' }, events).ok) react('regionBack', world, region.id, events);
    }
  },
};
