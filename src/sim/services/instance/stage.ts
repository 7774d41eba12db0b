import type { Stage } from '../../traffic/stage';
import { zoneIndexOf } from '../places/places';
import { findInstance } from './findInstance';
import { isServing } from './tags';

/** An instance answering DNS directly (no load balancer): it takes everything its record sends. */
export const instanceStage: Stage = {
  role: 'front',
  owns: (world, id) => findInstance(world, id) !== undefined,
  receive(world, id, share, route) {
    const inst = findInstance(world, id)!;
    route.front = inst.id;
    const z = zoneIndexOf(world).get(inst.zoneId) ?? -1;
    if (!isServing(inst, route.now) || z < 0 || route.upByZone[z] === 0) {
      route.fail('deadTarget', share);
      return;
    }
    const grey = inst.greyUntilTick > route.now ? inst.capacityRps : 0;
    const rho = share / inst.capacityRps;
    const e = world.dns.endpoints.findIndex((x) => x.targetId === inst.id);
    if (e >= 0) world.flows.endpointRho[e] = rho;
    route.servedByZone[z]! += route.servePool(rho, inst.capacityRps, grey);
  },
};
