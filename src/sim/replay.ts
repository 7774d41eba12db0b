import type { Command, ScriptedCommand } from './commands/types';
import type { SimEvent } from './core/events';
import { canonicalJson, Hasher } from './core/hash';
import type { ScenarioSpec } from './core/scenario';
import type { World } from './core/world';
import { score, type Score } from './score';
import { step } from './core/step';
import { createWorld } from './core/createWorld';

/** What `npm run sim` prints: one JSON object per run. */
export interface RunResult {
  level: string;
  seed: number;
  simSeconds: number;
  uptimePct: number;
  requestSuccessPct: number;
  dataLostSeconds: number;
  costUsd: number;
  ledger: Record<string, number>;
  stars: number;
  outcome: 'won' | 'lost';
  hash: string;
}

export interface SimulationOptions {
  seed: number;
  script?: readonly ScriptedCommand[];
  /** Keep every event (tests and the debrief want them; the CLI and benchmarks do not). */
  keepEvents?: boolean;
  /** Called after every tick (used by tests to check invariants as the run goes). */
  afterStep?: (world: World, events: readonly SimEvent[]) => void;
}

export interface Simulation {
  world: World;
  events: SimEvent[];
  score: Score;
  hash: string;
  eventCount: number;
}

/**
 * Runs a whole Scenario: the same scenario, seed and script always give the same World, events and
 * hash, in Node and in the browser. The hash digests the final World and the full event log.
 */
export function simulate(scenario: ScenarioSpec, options: SimulationOptions): Simulation {
  const world = createWorld(scenario, options.seed);
  const byTick = scheduleScript(options.script ?? []);
  const hasher = new Hasher();
  const kept: SimEvent[] = [];
  let eventCount = 0;
  const none: Command[] = [];
  while (world.tick < world.durationTicks) {
    const { events } = step(world, byTick.get(world.tick) ?? none);
    for (const e of events) hasher.update(JSON.stringify(e));
    eventCount += events.length;
    if (options.keepEvents) kept.push(...events);
    options.afterStep?.(world, events);
  }
  hasher.update(canonicalJson(world));
  return { world, events: kept, score: score(world), hash: hasher.digest(), eventCount };
}

export function runScenario(scenario: ScenarioSpec, options: { seed: number; script?: readonly ScriptedCommand[] }): RunResult {
  const sim = simulate(scenario, options);
  return toRunResult(scenario, options.seed, sim);
}

export function toRunResult(scenario: ScenarioSpec, seed: number, sim: Simulation): RunResult {
  const s = sim.score;
  return {
    level: scenario.id,
    seed,
    simSeconds: sim.world.tick,
    uptimePct: s.uptimePct,
    requestSuccessPct: s.requestSuccessPct,
    dataLostSeconds: s.dataLostSeconds,
    costUsd: s.costUsd,
    ledger: s.ledgerUsd,
    stars: s.stars,
    outcome: s.outcome,
    hash: sim.hash,
  };
}

/** Groups a script by tick, keeping the script's order within a tick. */
function scheduleScript(script: readonly ScriptedCommand[]): Map<number, Command[]> {
  const byTick = new Map<number, Command[]>();
  for (const s of script) {
    const list = byTick.get(s.atSeconds) ?? [];
    list.push(s.command);
    byTick.set(s.atSeconds, list);
  }
  return byTick;
}
