import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import type { Instance } from '../instance/state';
import { ALIVE, transitionInstance } from '../instance/transitionInstance';
import { deregisterEverywhere } from '../loadBalancer/targets';
import type { ScalingGroup } from './state';

/** Each group's live members (not shutting down or terminated), in instance order. */
export function groupMembers(world: World): Map<string, Instance[]> {
  const out = new Map<string, Instance[]>();
  for (const inst of world.instances) {
    if (inst.scalingGroupId === null || !ALIVE.has(inst.state)) continue;
    let list = out.get(inst.scalingGroupId);
    if (!list) out.set(inst.scalingGroupId, (list = []));
    list.push(inst);
  }
  return out;
}

export function zoneCounts(g: ScalingGroup, alive: readonly Instance[]): Map<string, number> {
  const counts = new Map(g.zoneIds.map((z) => [z, 0]));
  for (const i of alive) if (counts.has(i.zoneId)) counts.set(i.zoneId, counts.get(i.zoneId)! + 1);
  return counts;
}

/** Auto Scaling takes an instance out of its target groups before terminating it, so no request is sent to it. */
export function retire(world: World, inst: Instance, why: string, events: EventSink): void {
  deregisterEverywhere(world, inst.id, events);
  // Members are alive (not shutting down), and every alive state accepts TERMINATE.
  void transitionInstance(world, inst, { type: 'TERMINATE' }, events, why);
}
