import { derivedSlot } from '../../core/derived';
import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import type { Instance } from '../instance/state';
import { ALIVE } from '../instance/tags';
import { transitionInstance } from '../instance/transitionInstance';
import { deregisterEverywhere } from '../loadBalancer/targets';
import type { ScalingGroup } from './state';

/** Every instance each group ever launched that is still in the World, in instance order (kept as the fleet grows). */
const membersSlot = derivedSlot('scalingGroup.members', () => ({ list: null as Instance[] | null, seen: 0, byGroup: new Map<string, Instance[]>() }));

/** A group's live members (not shutting down or terminated), in instance order. */
export function membersOf(world: World, g: ScalingGroup): Instance[] {
  const m = membersSlot(world);
  const list = world.instances;
  // Launches append (catch up from where we were); pruning replaces the array (start again).
  if (m.list !== list) {
    m.list = list;
    m.seen = 0;
    m.byGroup.clear();
  }
  for (; m.seen < list.length; m.seen++) {
    const inst = list[m.seen]!;
    if (inst.scalingGroupId === null) continue;
    let members = m.byGroup.get(inst.scalingGroupId);
    if (!members) m.byGroup.set(inst.scalingGroupId, (members = []));
    members.push(inst);
  }
  return (m.byGroup.get(g.id) ?? []).filter((inst) => ALIVE.has(inst.state));
}

/** Alive members per AZ of the group (members in an AZ the group no longer uses are not counted). */
export function zoneCounts(g: ScalingGroup, alive: readonly Instance[]): Map<string, number> {
  // A group has a handful of AZs: a scan of them per member is cheaper than a map update.
  const zones = g.zoneIds;
  const n = new Array<number>(zones.length).fill(0);
  for (const i of alive) {
    const z = zones.indexOf(i.zoneId);
    if (z >= 0) n[z]!++;
  }
  return new Map(zones.map((z, k) => [z, n[k]!]));
}

/** Auto Scaling takes an instance out of its target groups before terminating it, so no request is sent to it. */
export function retire(world: World, inst: Instance, why: string, events: EventSink): void {
  deregisterEverywhere(world, inst.id, events);
  // Members are alive (not shutting down), and every alive state accepts TERMINATE.
  void transitionInstance(world, inst, { type: 'TERMINATE' }, events, why);
}
