import { readFileSync } from 'node:fs';
import { simulationWork } from '../../src/levels/meaning/checkWork';
import { parseLevel } from '../../src/levels/parseLevel';
import { LEVEL_LIMITS } from '../../src/shared/levelLimits';
import { recordReplay } from '../../src/replays/replayFile';
import { encodeResultCode } from '../../src/replays/resultCode';
import { type ScenarioSpec, type ScriptedCommand } from '../../src/sim';

/**
 * A class's result codes, made in Node from real runs of the levels: the Class results e2e pastes
 * them (tests/e2e/classResultsAtScale.spec.ts) and `npm run bench` times verifying them.
 */
const campaignJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../levels/campaign/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

function parsed(json: unknown, name: string): ScenarioSpec {
  const level = parseLevel(json, name);
  if (!level.ok) throw new Error(`${name} does not parse: ${JSON.stringify(level.problems)}`);
  return level.scenario;
}

export const spareTyre = parsed(campaignJson('04-spare-tyre.json'), 'spare-tyre');

/** A student's moves: 0 to 3 launches a minute in. */
export const studentScript = (n: number): ScriptedCommand[] =>
  Array.from({ length: n % 4 }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: i % 2 ? 'use1-az3' : 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }));

/**
 * A valid but heavy level: the spare tyre run for as long as the work budget allows this estate
 * (whole hours; about 3.8 days), as a teacher's own level (its own id, so it is not an edited copy
 * of a shipped one). One run takes seconds to re-simulate, against tens of ms for the shipped 3-hour
 * level; its code is still only ~2 kB.
 */
export const longHaul: ScenarioSpec = (() => {
  const { par: _par, ...level } = campaignJson('04-spare-tyre.json');
  // Work per simulated second, measured on an hour (rounding hides the weight on a single second).
  const perSecond = simulationWork({ ...(level as unknown as ScenarioSpec), durationSeconds: 3600 }) / 3600;
  const hours = Math.floor(LEVEL_LIMITS.workSeconds / perSecond / 3600);
  return parsed({ ...level, id: 'long-haul', title: `Long haul: the spare tyre for ${hours} hours`, durationSeconds: hours * 3600, objectives: { slaPct: 98, budgetUsd: 100_000 } }, 'long-haul');
})();

export const codeOf = (level: ScenarioSpec, seed: number, script: readonly ScriptedCommand[] = []) => encodeResultCode(recordReplay(level, seed, script));

export interface HandInCode {
  label: string;
  code: string;
  /** Whether Class results must accept it (the six bad ones must be rejected, each with its reason). */
  valid: boolean;
  /** The run verifying it re-simulates in full (forged results and the edited level are caught after it); null when the check stops before. */
  resimulates: { level: ScenarioSpec; seed: number } | null;
}

/**
 * Forty hand-ins, in paste order: 30 honest codes of the spare tyre (seeds 1–30, 0–3 launches), 4
 * honest but heavy codes of the long haul, and 6 bad ones — a forged uptime, a forged cost, a
 * re-seeded run, an edited copy of a shipped level, a code that is not one, and one cut short.
 */
export async function fortyHandIns(): Promise<HandInCode[]> {
  const honest = (label: string, level: ScenarioSpec, seed: number, script: readonly ScriptedCommand[] = []) => codeOf(level, seed, script).then((code) => ({ label, code, valid: true, resimulates: { level, seed } }));
  const ordinary = await Promise.all(Array.from({ length: 30 }, (_, i) => honest(`Student ${i + 1}`, spareTyre, 1 + i, studentScript(i))));
  const heavy = await Promise.all([1, 2, 3, 4].map((seed) => honest(`Heavy ${seed}`, longHaul, seed)));
  const run = recordReplay(spareTyre, 99, studentScript(2));
  const edited = { ...spareTyre, faults: {} };
  const bad = (label: string, code: string, resimulates: HandInCode['resimulates'] = null): HandInCode => ({ label, code, valid: false, resimulates });
  const rejected = [
    bad('Mallory', await encodeResultCode({ ...run, result: { ...run.result, uptimePct: 100 } }), { level: spareTyre, seed: 99 }),
    bad('Mel', await encodeResultCode({ ...run, result: { ...run.result, costUsd: 0.01 } }), { level: spareTyre, seed: 99 }),
    bad('Reese', await encodeResultCode({ ...run, seed: 100 })),
    bad('Eddie', await codeOf(edited, 97), { level: edited, seed: 97 }),
    bad('Trent', 'BR1-not*a*code'),
    bad('Cutter', (await codeOf(spareTyre, 98)).slice(0, 300)),
  ];
  return [...ordinary.slice(0, 10), ...heavy, ...rejected, ...ordinary.slice(10)];
}
