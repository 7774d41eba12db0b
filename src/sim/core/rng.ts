/**
 * Seeded PRNG (mulberry32). The state is a uint32 that lives in the World, so a run can be
 * replayed bit for bit and a World can be cloned mid-run without losing its random stream.
 */
export interface RngHolder {
  rng: number;
}

/** Normalises any finite number (0 included: `??`, never `||`) to a uint32 seed. */
export function seedToState(seed: number): number {
  return (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
}

/** A float in [0, 1), advancing the holder's state. */
export function nextFloat(holder: RngHolder): number {
  holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
  let t = holder.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** An integer in [min, max], inclusive. */
export function nextInt(holder: RngHolder, min: number, max: number): number {
  return min + Math.floor(nextFloat(holder) * (max - min + 1));
}

/** True with the given probability. */
export function chance(holder: RngHolder, probability: number): boolean {
  return nextFloat(holder) < probability;
}
