import type { Reactions } from '../../core/serviceKind';
import { findInstance } from './findInstance';
import { transitionInstance } from './transitionInstance';

export const instanceReactions: Reactions = {
  /** A dark zone drops every live instance in it to stopped (its EBS volume survives). */
  zoneDown(world, zoneId, affected, events) {
    for (const inst of world.instances) {
      if (inst.zoneId === zoneId && transitionInstance(world, inst, { type: 'POWER_LOST' }, events, 'fault: zone.powerInterruption').ok) affected.push(inst.id);
    }
  },
  /** FIS startInstancesAfterDuration: what the fault stopped starts again (if nobody changed it since). */
  faultEnded(world, fault, events) {
    for (const id of fault.affected) {
      const inst = findInstance(world, id);
      // Refused for an instance that is no longer stopped: someone started or terminated it meanwhile.
      if (inst && inst.state === 'stopped') void transitionInstance(world, inst, { type: 'START' }, events, `fault ended: ${fault.kind}`);
    }
  },
  instancesPruned(world, alive) {
    for (const f of world.faults) f.affected = f.affected.filter((id) => alive.has(id));
  },
};
