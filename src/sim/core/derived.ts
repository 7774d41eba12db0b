import type { World } from './world';

/**
 * Everything the engine derives from a World to go fast — id indexes, routing plans — kept in one
 * place, per World object. Never part of the World: a clone or a reloaded World derives it afresh,
 * so it cannot make two runs differ. Each slot's owner keys its entries on the World's versions
 * (targetsVersion, healthVersion, livenessVersion …) and rebuilds them when those move.
 */
const byWorld = new WeakMap<World, Map<string, unknown>>();

export function derivedSlot<T>(name: string, init: () => T): (world: World) => T {
  return (world) => {
    let slots = byWorld.get(world);
    if (slots === undefined) byWorld.set(world, (slots = new Map()));
    let value = slots.get(name) as T | undefined;
    if (value === undefined) slots.set(name, (value = init()));
    return value;
  };
}
