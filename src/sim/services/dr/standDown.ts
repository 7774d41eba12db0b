import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { findInstance } from '../instance/findInstance';
import { transitionInstance } from '../instance/transitionInstance';
import { deregisterEverywhere } from '../loadBalancer/targets';
import { standingInstances } from './provisionPosture';
import type { DrPlan } from './state';

/** After failing back, the DR Region returns to its standing posture (and its standing cost). */
export function standDown(world: World, plan: DrPlan, events: EventSink): void {
  const keep = standingInstances(plan.posture, plan.fleetSize);
  plan.instanceIds.forEach((id, k) => {
    const inst = findInstance(world, id);
    if (!inst || k < keep) return;
    deregisterEverywhere(world, inst.id, events);
    // Refused for one that is already terminating: nothing more to do.
    void transitionInstance(world, inst, { type: 'TERMINATE' }, events, 'DR stand-down');
  });
}
