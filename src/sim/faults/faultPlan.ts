import { nextInt, seedToState } from '../core/rng';
import type { ScenarioSpec, ScheduledFaultSpec } from '../core/scenario';

/** A scheduled fault with its start fixed for this seed: `atSeconds` as given, or picked from its `between` range. */
export type PlannedFault = ScheduledFaultSpec & { atSeconds: number };

/**
 * When each of the level's scheduled faults starts on this seed. A fault with a range
 * (`between: [from, to]`) starts at a second picked from it, from a stream of its own made from the
 * seed and the range, so the pick never depends on what the player does, a teacher's "what will
 * happen?" stop can be placed before it, and faults given the same range start together (a power
 * cut and the capacity crunch it causes). Pure: the same level and seed always give the same plan,
 * in Node and in the browser.
 */
export function faultPlan(scenario: Pick<ScenarioSpec, 'faults'>, seed: number): PlannedFault[] {
  return (scenario.faults.scheduled ?? []).map((f) => {
    if (f.between === undefined) return f as PlannedFault;
    const from = f.between[0] ?? 0;
    const to = f.between[1] ?? from;
    // Math.imul spreads the range over the state so different ranges pick independently.
    const holder = { rng: (seedToState(seed) ^ Math.imul(from + 1, 0x85ebca6b) ^ Math.imul(to + 1, 0xc2b2ae35)) >>> 0 };
    return { ...f, atSeconds: nextInt(holder, from, Math.max(from, to)) };
  });
}
