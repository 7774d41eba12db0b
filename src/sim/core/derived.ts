import type { World } from './world';

/**
 * Everything the engine derives from a World to go fast — id indexes, routing plans — kept in one
 * place, per World object. Never part of the World: a clone or a reloaded World derives it afresh,
 * so it cannot make two runs differ. Each slot's owner keys its entries on the World's versions
 * (targetsVersion, healthVersion, livenessVersion …) and rebuilds them when those move.
 */
const byWorld = new WeakMap<World, unknown[]>();
let slotCount = 0;
// Nearly every lookup in a tick is for the same World: remember the last one.
let lastWorld: World | null = null;
let lastSlots: unknown[] = [];

function slotsOf(world: World): unknown[] {
  if (world === lastWorld) return lastSlots;
  let slots = byWorld.get(world);
  if (slots === undefined) byWorld.set(world, (slots = []));
  lastWorld = world;
  lastSlots = slots;
  return slots;
}

export function derivedSlot<T>(_name: string, init: () => T): (world: World) => T {
  const index = slotCount++;
  return (world) => {
    const slots = slotsOf(world);
    let value = slots[index] as T | undefined;
    if (value === undefined) slots[index] = value = init();
    return value;
  };
}

/** Drops everything derived from this World (tests use it to prove the derived state changes no outcome). */
export function forgetDerived(world: World): void {
  byWorld.delete(world);
  if (lastWorld === world) lastWorld = null;
}
