import { faultDef, faultPlan, isTargetChoice, type PlannedFault, type ScenarioSpec, type ScheduledFaultSpec } from '../../sim';
import { faultView } from '../services/registry';

/** How far ahead of a scheduled fault the classroom clock stops to ask "what will happen?". */
export const PREDICTION_LEAD_SECONDS = 30;

/** One "what will happen?" moment: the clock stops at `pauseTick`; the faults start at `faultTick`. */
export interface PredictionStop {
  pauseTick: number;
  faultTick: number;
  /** Every scheduled fault that starts at `faultTick` (a level may schedule several at once). */
  faults: PlannedFault[];
}

/**
 * The level's scheduled faults as prediction stops, in time order: faults that start on the same
 * tick share one stop. A fault with a window stops before the second this seed draws from it (the
 * draw is known when the run starts). A fault less than the lead time from the start stops at tick
 * 0. Random faults are not announced: nobody knows them in advance, the teacher included.
 */
export function predictionStops(scenario: Pick<ScenarioSpec, 'faults'>, seed: number, leadSeconds = PREDICTION_LEAD_SECONDS): PredictionStop[] {
  const byTick = new Map<number, PlannedFault[]>();
  for (const f of faultPlan(scenario, seed)) {
    const list = byTick.get(f.atSeconds);
    if (list) list.push(f);
    else byTick.set(f.atSeconds, [f]);
  }
  return [...byTick.entries()]
    .sort(([a], [b]) => a - b)
    .map(([faultTick, faults]) => ({ pauseTick: Math.max(0, faultTick - leadSeconds), faultTick, faults }));
}

/** The ticks at which the real-time clock stops by itself (GameSession.pauseAt). */
export function pauseTicks(stops: readonly PredictionStop[]): Set<number> {
  return new Set(stops.map((s) => s.pauseTick));
}

/** Where the prompt for `stop` stands at `tick`: not yet, ask (before the fault), or over (the fault has started). */
export function stopPhase(stop: PredictionStop, tick: number): 'before' | 'ask' | 'after' {
  if (tick < stop.pauseTick) return 'before';
  // The faults start while the world steps tick `faultTick`; only after it has they happened.
  return tick <= stop.faultTick ? 'ask' : 'after';
}

/** The stop whose question is open at `tick` (the latest one that has begun), if any. */
export function currentStop(stops: readonly PredictionStop[], tick: number): PredictionStop | null {
  let found: PredictionStop | null = null;
  for (const s of stops) if (tick >= s.pauseTick) found = s;
  return found;
}

const joinAnd = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** A scheduled fault kind, with its targets, as words: "a power cut in use1-az1" (its service view words it). */
function phrase(kind: ScheduledFaultSpec['kind'], targets: string[], spikePct: number | undefined): string {
  const t = joinAnd(targets);
  return faultView(kind)?.phrase(t, spikePct) ?? `${kind} on ${t}`;
}

const NOUNS: Record<string, string> = { zone: 'AZ', region: 'Region', instance: 'instance', database: 'database' };

/** A target as the question says it: an id, or "the busiest AZ" / "one AZ, drawn at random" (chosen when the fault starts). */
function targetWords(kind: ScheduledFaultSpec['kind'], target: string): string {
  if (!isTargetChoice(target)) return target;
  const noun = NOUNS[faultDef(kind)?.targets ?? ''] ?? 'target';
  return target === 'busiest' ? `the busiest ${noun}` : `one ${noun}, drawn at random`;
}

/** "a power cut in use1-az1, and no spare capacity in use1-az2 and use1-az3" */
export function describeFaults(faults: readonly ScheduledFaultSpec[]): string {
  const groups = new Map<string, { kind: ScheduledFaultSpec['kind']; targets: string[]; spikePct: number | undefined }>();
  for (const f of faults) {
    const key = f.kind === 'traffic.spike' ? `${f.kind}:${f.spikePct ?? 300}` : f.kind;
    const g = groups.get(key) ?? { kind: f.kind, targets: [], spikePct: f.spikePct };
    if (f.target) g.targets.push(targetWords(f.kind, f.target));
    groups.set(key, g);
  }
  const parts = [...groups.values()].map((g) => phrase(g.kind, g.targets, g.spikePct));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}`;
}

/** "In 30 s: a power cut in use1-az1. What will happen?" */
export function questionFor(stop: PredictionStop, tick: number): string {
  const left = Math.max(0, stop.faultTick - tick);
  return `${left > 0 ? `In ${left} s` : 'Now'}: ${describeFaults(stop.faults)}. What will happen?`;
}
