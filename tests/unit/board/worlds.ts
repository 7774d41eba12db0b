import { readFileSync } from 'node:fs';
import { parseLevelText } from '../../../src/levels/parseLevel';
import { type World, step, createWorld } from '../../../src/sim';
import { benchScenario } from '../../../scripts/benchScenario';

const CAMPAIGN = new URL('../../../levels/campaign/', import.meta.url);

/** A campaign level's World after `seconds` simulated seconds (no commands). */
export function levelWorld(file: string, seconds = 0, seed = 1): World {
  const path = new URL(file, CAMPAIGN);
  const parsed = parseLevelText(readFileSync(path, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return advance(createWorld(parsed.scenario, seed), seconds);
}

/**
 * A level's World after `seconds`, its file edited first (`edit` changes the parsed JSON): a kind no
 * campaign level has yet, added to a copy. `file` is relative to levels/campaign.
 */
export function editedLevelWorld(file: string, edit: (level: Record<string, unknown> & { estate: Record<string, unknown> }) => void, seconds = 0, seed = 1): World {
  const level = JSON.parse(readFileSync(new URL(file, CAMPAIGN), 'utf8')) as Parameters<typeof edit>[0];
  edit(level);
  const parsed = parseLevelText(JSON.stringify(level), file);
  if (!parsed.ok) throw new Error(`${file} (edited) does not parse: ${JSON.stringify(parsed.problems)}`);
  return advance(createWorld(parsed.scenario, seed), seconds);
}

/** The benchmark estate: two Regions of three AZs, `instances` behind two ALBs, a Multi-AZ database. */
export function benchWorld(instances: number, seconds = 0): World {
  return advance(createWorld(benchScenario(instances, 7200), 1), seconds);
}

export function advance(world: World, seconds: number): World {
  for (let i = 0; i < seconds; i++) step(world, []);
  return world;
}

export const LAPTOP = { width: 980, height: 540 };
export const PHONE = { width: 350, height: 352 };
export const PROJECTOR = { width: 1860, height: 900 };
