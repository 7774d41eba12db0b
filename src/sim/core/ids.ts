import type { World } from './world';

/** A fresh id with a kind prefix, e.g. "i-0007". Ids sort in creation order. */
export function newId(world: World, prefix: string): string {
  world.nextSeq += 1;
  return `${prefix}-${String(world.nextSeq).padStart(4, '0')}`;
}
