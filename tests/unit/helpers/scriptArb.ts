import fc from 'fast-check';
import type { ScenarioSpec, ScriptedCommand } from '../../../src/sim';
import { scenarioArb, scriptIdsFor, type ScenarioOptions } from './arbitraries';
import { commandArb } from './commandArb';

export interface ScriptOptions {
  minCommands?: number;
  maxCommands?: number;
  /** Relative weight of junk (spoiled or malformed) commands against well-formed ones; default 1 : 3. */
  junkWeight?: number;
  /** Pack commands into the first seconds so their effects have time to play out (default: spread over the run). */
  within?: number;
}

/** 0–40 commands of every type, sorted by atSeconds within the scenario's duration. */
export function scriptArb(scenario: ScenarioSpec, opts: ScriptOptions = {}): fc.Arbitrary<ScriptedCommand[]> {
  const last = Math.min(scenario.durationSeconds, opts.within ?? scenario.durationSeconds) - 1;
  const entry = fc.record({ atSeconds: fc.integer({ min: 0, max: last }), command: commandArb(scriptIdsFor(scenario), opts.junkWeight ?? 1) });
  return fc
    .array(entry, { minLength: opts.minCommands ?? 0, maxLength: opts.maxCommands ?? 40 })
    .map((list) => list.map((e, i) => ({ e, i })).sort((a, b) => a.e.atSeconds - b.e.atSeconds || a.i - b.i).map(({ e }) => e));
}

export interface Case {
  scenario: ScenarioSpec;
  script: ScriptedCommand[];
  seed: number;
}

/** A scenario, a script for it and a run seed (0 included). */
export function caseArb(scenarioOpts: ScenarioOptions = {}, scriptOpts: ScriptOptions = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(scenarioArb(scenarioOpts), fc.oneof(fc.constant(0), fc.nat()))
    .chain(([scenario, seed]) => scriptArb(scenario, scriptOpts).map((script) => ({ scenario, script, seed })));
}
