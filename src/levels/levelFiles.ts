import { parseScript, type ScriptedCommand, type ScenarioSpec } from '../sim';
import { findJsonSyntaxError } from './findJsonSyntaxError';
import { parseLevelText } from './parseLevel';
import { formatProblem } from './problems';

/**
 * Where levels and their solution scripts live, and the campaign's naming rules. Pure: the caller
 * reads the files (Node's fs in the CLI and tests), so this also works on files a player opens.
 *
 *   levels/campaign/NN-<id>.json     campaign level NN (01..10), whose "id" is <id>
 *   levels/*.json                    other levels (the sandbox); level.schema.json is not a level
 *   levels/solutions/<id>.win.json   reference solution: wins with ★★★ on every proof seed
 *   levels/solutions/<id>.lose.json  the level played without its lesson: loses on every proof seed
 */
export const CAMPAIGN_SIZE = 10;
/** The seeds every level is proven on. */
export const PROOF_SEEDS: readonly number[] = Array.from({ length: 20 }, (_, i) => i + 1);
export const SCHEMA_FILE_NAME = 'level.schema.json';

const CAMPAIGN_FILE = /^(\d\d)-(.+)\.json$/;
const SOLUTION_FILE = /^(.+)\.(win|lose)\.json$/;

/** Reads a file's text, or undefined when there is no such file. */
export type ReadText = (path: string) => string | undefined;

export interface LoadedLevel {
  file: string;
  /** The level's id; for a level that failed to parse, its "id" field when that can be read at all. */
  id?: string;
  scenario?: ScenarioSpec;
  win?: ScriptedCommand[];
  lose?: ScriptedCommand[];
  /** Every problem with the level and its scripts, formatted `file › path: message (hint)`. */
  problems: string[];
}

export function solutionFiles(levelsDir: string, id: string): { win: string; lose: string } {
  return { win: `${levelsDir}/solutions/${id}.win.json`, lose: `${levelsDir}/solutions/${id}.lose.json` };
}

/** `07-data-tier.json` → { number: 7, id: 'data-tier' }; undefined for a name off the pattern. */
export function parseCampaignFileName(name: string): { number: number; id: string } | undefined {
  const m = CAMPAIGN_FILE.exec(name);
  return m ? { number: Number(m[1]), id: m[2]! } : undefined;
}

/** `data-tier.win.json` → { id: 'data-tier', which: 'win' }. */
export function parseSolutionFileName(name: string): { id: string; which: 'win' | 'lose' } | undefined {
  const m = SOLUTION_FILE.exec(name);
  return m ? { id: m[1]!, which: m[2] as 'win' | 'lose' } : undefined;
}

/** Parses a level file and whichever of its solution scripts exist. */
export function loadLevel(file: string, levelsDir: string, read: ReadText): LoadedLevel {
  const text = read(file);
  if (text === undefined) return { file, problems: [`${file}: no such file`] };
  const parsed = parseLevelText(text, file);
  if (!parsed.ok) {
    const id = readId(text);
    return id === undefined ? { file, problems: parsed.problems.map(formatProblem) } : { file, id, problems: parsed.problems.map(formatProblem) };
  }
  const scenario = parsed.scenario;
  const loaded: LoadedLevel = { file, id: scenario.id, scenario, problems: [] };
  const paths = solutionFiles(levelsDir, scenario.id);
  for (const which of ['win', 'lose'] as const) {
    const scriptText = read(paths[which]);
    if (scriptText === undefined) continue;
    const script = parseScriptText(scriptText, paths[which], scenario.durationSeconds);
    if (Array.isArray(script)) loaded[which] = script;
    else loaded.problems.push(...script.problems);
  }
  return loaded;
}

/** The "id" of a level that did not parse, so its solution scripts are still recognised as its own. */
function readId(text: string): string | undefined {
  try {
    const json: unknown = JSON.parse(text);
    const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** A command script's text → its commands, or its problems as `file › [i].command: …` lines. */
export function parseScriptText(text: string, file: string, durationSeconds: number): ScriptedCommand[] | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const where = found ? ` at line ${found.line}, column ${found.column}: ${found.message}` : `: ${e instanceof Error ? e.message : String(e)}`;
    return { problems: [`${file}: not valid JSON${where}`] };
  }
  const script = parseScript(json, durationSeconds);
  if (!script.ok) return { problems: script.reason.split('\n').map((line) => `${file} › ${line}`) };
  return script.value;
}

/**
 * The campaign as a set: exactly CAMPAIGN_SIZE levels numbered 01..NN once each, every file named
 * after its level's id. `levels` are the campaign files (base names) with the id inside each.
 * Unique ids are checked by duplicateIds, over all levels.
 */
export function checkCampaignSet(levels: readonly { name: string; id: string }[]): string[] {
  const problems: string[] = [];
  const byNumber = new Map<number, string[]>();
  for (const { name, id } of levels) {
    const parsed = parseCampaignFileName(name);
    if (!parsed) {
      problems.push(`campaign/${name}: campaign files are named NN-<id>.json, e.g. 01-${id}.json`);
      continue;
    }
    if (parsed.id !== id) problems.push(`campaign/${name}: the file name says id "${parsed.id}" but the level's id is "${id}"; rename one to match the other`);
    if (parsed.number < 1 || parsed.number > CAMPAIGN_SIZE) problems.push(`campaign/${name}: campaign levels are numbered 01 to ${pad(CAMPAIGN_SIZE)}`);
    byNumber.set(parsed.number, [...(byNumber.get(parsed.number) ?? []), name]);
  }
  for (const [n, names] of byNumber) if (names.length > 1) problems.push(`campaign: level ${pad(n)} is taken by ${names.join(' and ')}`);
  const missing = Array.from({ length: CAMPAIGN_SIZE }, (_, i) => i + 1).filter((n) => !byNumber.has(n));
  const gap = missing.length > 0 ? ` (missing ${missing.map(pad).join(', ')})` : '';
  if (levels.length !== CAMPAIGN_SIZE) problems.push(`campaign: has ${levels.length} level${levels.length === 1 ? '' : 's'}, needs ${CAMPAIGN_SIZE}${gap}`);
  else if (missing.length > 0) problems.push(`campaign: has ${CAMPAIGN_SIZE} levels but not numbered 01 to ${pad(CAMPAIGN_SIZE)}${gap}`);
  return problems;
}

/** Level ids are unique across all of levels/: solution scripts are found by id. */
export function duplicateIds(levels: readonly { file: string; id: string }[]): string[] {
  const byId = new Map<string, string[]>();
  for (const { file, id } of levels) byId.set(id, [...(byId.get(id) ?? []), file]);
  return [...byId].filter(([, files]) => files.length > 1).map(([id, files]) => `id "${id}" is used by ${files.join(' and ')}; level ids must be unique`);
}

/** Solution files (base names in levels/solutions) that belong to no level: a typo in a name would otherwise go unseen. */
export function strayScripts(solutionNames: readonly string[], levelIds: ReadonlySet<string>): string[] {
  return solutionNames.flatMap((name) => {
    const parsed = parseSolutionFileName(name);
    if (!parsed) return [`solutions/${name}: solution scripts are named <level id>.win.json or <level id>.lose.json`];
    if (!levelIds.has(parsed.id)) return [`solutions/${name}: no level has the id "${parsed.id}"`];
    return [];
  });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
