import { simulate, type ScenarioSpec, type ScriptedCommand } from '../../sim';
import { strategiesFor, type Strategy } from './strategies';

/** How a strategy did over the seeds. */
export interface GauntletRow {
  name: string;
  what: string;
  /** Stars per seed, in seed order. */
  stars: number[];
  /** Seeds won with ★★★. */
  threeStars: number;
  medianUptimePct: number;
  medianCostUsd: number;
  /** Lowest uptime and highest cost over the seeds. */
  worstUptimePct: number;
  worstCostUsd: number;
  /** Declared by the level as allowed to win (`gauntlet.mayWin`), so not held against it. */
  allowed: boolean;
}

export interface GauntletResult {
  levelId: string;
  seeds: number[];
  reference: GauntletRow;
  strategies: GauntletRow[];
  /** Worst uptime and highest cost of the reference over the seeds: the par the seeds support. */
  par: { uptimePct: number; costUsd: number };
  /** One sentence per failure: a shortcut that wins ★★★ too often, a reference that does not. */
  failures: string[];
}

/** Most seeds a strategy that skips the lesson may win ★★★ on (issue 10: "on more than 1 of 20"). */
export const SHORTCUT_WINS_ALLOWED = 1;
/** Fewest seeds, of 20, the reference must win ★★★ on. */
export const REFERENCE_WINS_NEEDED = 18;

/** A name in `gauntlet.mayWin` allows that strategy; one ending in ":*" allows the family ("singleAz:*"). */
export const mayWinMatches = (mayWin: readonly string[], name: string): boolean => mayWin.some((m) => m === name || (m.endsWith(':*') && name.startsWith(m.slice(0, -1))));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function runRow(scenario: ScenarioSpec, s: Strategy, seeds: readonly number[], allowed: boolean): GauntletRow {
  const stars: number[] = [];
  const uptime: number[] = [];
  const cost: number[] = [];
  for (const seed of seeds) {
    const score = simulate(scenario, { seed, script: s.script }).score;
    stars.push(score.stars);
    uptime.push(score.uptimePct);
    cost.push(score.costUsd);
  }
  return { name: s.name, what: s.what, stars, threeStars: stars.filter((n) => n === 3).length, medianUptimePct: median(uptime), medianCostUsd: median(cost), worstUptimePct: Math.min(...uptime), worstCostUsd: Math.max(...cost), allowed };
}

/**
 * Runs a level's reference and every gauntlet strategy on the seeds (pure and deterministic), and
 * says where the level can be won without its lesson. Uses the level's own par: run it with the
 * par this returns when the level's is fitted to fewer seeds.
 */
export function runGauntlet(scenario: ScenarioSpec, reference: readonly ScriptedCommand[], others: ReadonlyMap<string, readonly ScriptedCommand[]>, seeds: readonly number[], mayWin: readonly string[] = []): GauntletResult {
  const ref = runRow(scenario, { name: 'reference', what: 'the reference solution', script: [...reference] }, seeds, true);
  const strategies = strategiesFor(scenario, reference, others).map((s) => runRow(scenario, s, seeds, mayWinMatches(mayWin, s.name)));
  const failures: string[] = [];
  const needed = Math.ceil((REFERENCE_WINS_NEEDED / 20) * seeds.length);
  if (ref.threeStars < needed) failures.push(`the reference wins ★★★ on ${ref.threeStars} of ${seeds.length} seeds; it must on at least ${needed}`);
  for (const row of strategies) {
    if (!row.allowed && row.threeStars > SHORTCUT_WINS_ALLOWED) failures.push(`${row.name} (${row.what}) wins ★★★ on ${row.threeStars} of ${seeds.length} seeds without the lesson`);
  }
  const par = { uptimePct: ref.worstUptimePct, costUsd: Math.ceil(ref.worstCostUsd * 100) / 100 };
  return { levelId: scenario.id, seeds: [...seeds], reference: ref, strategies, par, failures };
}
