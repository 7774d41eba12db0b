import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { recordReplay, type ReplayFile } from '../../src/replays/replayFile';
import { scenarioArb } from '../unit/helpers/arbitraries';
import { scriptArb } from '../unit/helpers/scriptArb';

/** The valid documents the fuzzer starts from and spoils: the shipped levels and a few short replays. */

const LEVELS = new URL('../../levels/', import.meta.url);

/** The sandbox and every campaign level, as their files hold them. */
export const LEVEL_TEXTS: readonly string[] = [
  readFileSync(new URL('sandbox.json', LEVELS), 'utf8'),
  ...readdirSync(new URL('campaign/', LEVELS))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(new URL(`campaign/${f}`, LEVELS), 'utf8')),
];

export const LEVEL_VALUES: readonly unknown[] = LEVEL_TEXTS.map((t) => JSON.parse(t) as unknown);

/** The sandbox as formatVersion 1 wrote it (no topology): the migration is a surface too. */
export const LEVEL_V1: unknown = (() => {
  const { topology: _added, ...rest } = JSON.parse(LEVEL_TEXTS[0]!) as Record<string, unknown>;
  return { ...rest, formatVersion: 1 };
})();

let replays: ReplayFile[] | undefined;

/**
 * Replays of small generated scenarios (1–5 simulated minutes) with short scripts. Short on purpose:
 * verifying a replay re-simulates it, and the fuzzer verifies thousands. Made once, from a fixed
 * fast-check seed, so every run starts from the same ones.
 */
export function baseReplays(): readonly ReplayFile[] {
  replays ??= fc
    .sample(
      fc.tuple(scenarioArb({ minDurationSeconds: 60, maxDurationSeconds: 300 }), fc.nat()).chain(([scenario, seed]) =>
        scriptArb(scenario, { maxCommands: 8, junkWeight: 0 }).map((script) => ({ scenario, seed, script })),
      ),
      { seed: 20_261_126, numRuns: 6 },
    )
    .map((c) => recordReplay(c.scenario, c.seed, c.script));
  return replays;
}
