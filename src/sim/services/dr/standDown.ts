import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { resizeDrGroup } from './drFleet';
import { standingInstances } from './provisionPosture';
import type { DrPlan } from './state';

/** After failing back, the DR Region's group returns to its standing size (and its standing cost). */
export function standDown(world: World, plan: DrPlan, events: EventSink): void {
  if (plan.scalingGroupId === null) return;
  // The group scales in itself (deregistering each instance before terminating it).
  resizeDrGroup(world, plan, standingInstances(plan.posture, plan.fleetSize), events);
}
