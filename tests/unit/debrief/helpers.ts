import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLevel, type LoadedLevel } from '../../../src/levels/levelFiles';
import { type SimEvent, type SimEventType } from '../../../src/sim';

const LEVELS_DIR = fileURLToPath(new URL('../../../levels', import.meta.url));

/** A campaign level with its win and lose scripts, e.g. campaignLevel('04-spare-tyre'). */
export function campaignLevel(name: string): Required<Pick<LoadedLevel, 'scenario' | 'win' | 'lose'>> {
  const loaded = loadLevel(`${LEVELS_DIR}/campaign/${name}.json`, LEVELS_DIR, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
  if (!loaded.scenario || !loaded.win || !loaded.lose) throw new Error(`${name}: ${loaded.problems.join('; ')}`);
  return { scenario: loaded.scenario, win: loaded.win, lose: loaded.lose };
}

/** A SimEvent in one line: ev(3600, 'fault.started', 'use1-az1', 'zone.powerInterruption', 1800). */
export function ev(tick: number, type: SimEventType, subject?: string, detail?: string, value?: number): SimEvent {
  const e: SimEvent = { tick, type };
  if (subject !== undefined) e.subject = subject;
  if (detail !== undefined) e.detail = detail;
  if (value !== undefined) e.value = value;
  return e;
}

/** The sla.minuteBad event that closes the bad minute starting at `startTick`. */
export const badMinute = (startTick: number): SimEvent => ev(startTick + 59, 'sla.minuteBad', undefined, undefined, 50);
