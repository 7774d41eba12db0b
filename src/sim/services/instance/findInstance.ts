import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import type { Instance } from './state';

/**
 * Id → instance. Instances are the only large collection, so they get an index that is rebuilt
 * only when the array changes (a launch pushes, pruning replaces the array).
 */
const indexSlot = derivedSlot('instance.index', () => ({ list: null as Instance[] | null, length: 0, byId: new Map<string, Instance>() }));

export function findInstance(world: World, id: string): Instance | undefined {
  const list = world.instances;
  const entry = indexSlot(world);
  if (entry.list !== list) {
    entry.list = list;
    entry.length = 0;
    entry.byId.clear();
  }
  // Launches only append to the array (pruning replaces it), so catching up is incremental.
  for (; entry.length < list.length; entry.length++) {
    const inst = list[entry.length]!;
    entry.byId.set(inst.id, inst);
  }
  return entry.byId.get(id);
}
