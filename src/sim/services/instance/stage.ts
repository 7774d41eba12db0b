import type { Stage } from '../../traffic/stage';
import { zoneIndexOf } from '../places/places';
import { findInstance } from './findInstance';

/** An instance answering DNS directly (no load balancer): it takes everything its record sends. */
export const instanceStage: Stage = {
  role: 'front',
  owns: (world, id) => findInstance(world, id) !== undefined,
  receive(world, id, share, route) {
    const inst = findInstance(world, id)!;
    route.serve(inst, zoneIndexOf(world).get(inst.zoneId) ?? -1, share);
  },
};
