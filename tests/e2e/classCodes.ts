import { readFileSync } from 'node:fs';
import { parseLevel } from '../../src/levels/parseLevel';
import { recordReplay } from '../../src/replays/replayFile';
import { encodeResultCode } from '../../src/replays/resultCode';
import { type ScenarioSpec, type ScriptedCommand } from '../../src/sim';

/** Result codes for the Class results specs, made in Node from real runs of the levels. */
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
 * A valid but heavy level: the spare tyre run for 30 days (the longest a level may last), as a
 * teacher's own level (its own id, so it is not an edited copy of a shipped one). One run re-simulates
 * in about 3.4 s in Node on the 2-core dev machine, against 0.2 s for the shipped 3-hour level; its
 * code is still only ~2 kB.
 */
export const longHaul: ScenarioSpec = (() => {
  const { par: _par, ...level } = campaignJson('04-spare-tyre.json');
  return parsed({ ...level, id: 'long-haul', title: 'Long haul: the spare tyre for 30 days', durationSeconds: 2_592_000, objectives: { slaPct: 98, budgetUsd: 100_000 } }, 'long-haul');
})();

export const codeOf = (level: ScenarioSpec, seed: number, script: readonly ScriptedCommand[] = []) => encodeResultCode(recordReplay(level, seed, script));
