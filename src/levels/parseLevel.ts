import { type ScenarioSpec } from '../sim';
import { checkNesting } from './checkNesting';
import { findJsonSyntaxError } from './findJsonSyntaxError';
import { LEVEL_LIMITS } from '../shared/levelLimits';
import { checkMeaning, type ParseOptions } from './meaning/checkMeaning';
import { migrate } from './migrations';
import { ProblemList, type LevelProblem } from './problems';
import { levelSchema } from './schema/levelSchema';
import { validateShape } from '../shared/schema/validateShape';

export type ParseLevelResult = { ok: true; scenario: ScenarioSpec } | { ok: false; problems: LevelProblem[] };

/**
 * Untrusted level JSON → the simulation's trusted Scenario, or every problem at once. In order:
 * size limits, migration to the current formatVersion, shape, and (only when the shape is right)
 * meaning. Never throws; the Scenario is a fresh object holding only known fields.
 */
export function parseLevel(input: unknown, file: string, options: ParseOptions = {}): ParseLevelResult {
  const problems = new ProblemList(file);
  try {
    if (!checkNesting(input, problems)) return failed(problems);
    const migrated = migrate(input, file);
    if (!migrated.ok) return { ok: false, problems: migrated.problems };
    const level = validateShape(levelSchema, migrated.value, problems);
    if (level === undefined) return failed(problems);
    const { $schema: _editorLink, ...scenario } = level;
    checkMeaning(scenario, problems, options);
    return problems.count === 0 ? { ok: true, scenario } : failed(problems);
  } catch (e) {
    // Only a value that is not plain JSON (a throwing getter, a Proxy) can get here.
    problems.add([], `the level could not be read: ${e instanceof Error ? e.message : String(e)}`, 'level files are plain JSON');
    return failed(problems);
  }
}

/** parseLevel for the text of a file: checks its size before parsing and reports syntax errors by line and column. */
export function parseLevelText(text: string, file: string, options: ParseOptions = {}): ParseLevelResult {
  if (typeof text !== 'string') return fail(file, `expected the text of a file, got ${typeof text}`, 'a level is read from the text of a .json file');
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so only a long text needs counting.
  if (text.length * 3 > LEVEL_LIMITS.fileBytes) {
    const bytes = utf8Length(text);
    if (bytes > LEVEL_LIMITS.fileBytes) return fail(file, `file is ${megabytes(bytes)}; the limit is 1 MB`, 'a level is a few kilobytes; is this the right file?');
  }
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (e) {
    const found = findJsonSyntaxError(body);
    // Every whole-file message says what to do next, not only what is wrong.
    const check = 'check the brackets, commas and quotes there; an editor that knows JSON marks the spot';
    if (!found) return fail(file, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`, check);
    return fail(file, `not valid JSON at line ${found.line}, column ${found.column}: ${found.message}`, found.hint ?? check);
  }
  return parseLevel(input, file, options);
}

function failed(problems: ProblemList): ParseLevelResult {
  return { ok: false, problems: problems.toArray() };
}

function fail(file: string, message: string, hint?: string): ParseLevelResult {
  return { ok: false, problems: [hint === undefined ? { file, path: '', message } : { file, path: '', message, hint }] };
}

/** Bytes the text takes as UTF-8, counted without encoding a copy of it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    else if (c >= 0xd800 && c <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  const mb = bytes / LEVEL_LIMITS.fileBytes;
  const rounded = Math.round(mb * 10) / 10;
  // Just over the limit would round to "1 MB", which reads as allowed.
  return rounded <= 1 ? `${bytes.toLocaleString('en-US')} bytes` : `${rounded} MB`;
}
