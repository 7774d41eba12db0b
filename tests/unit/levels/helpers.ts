import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseLevel, type ParseLevelResult } from '../../../src/levels/parseLevel';
import { formatProblem } from '../../../src/levels/problems';

/**
 * Level JSON the tests reach into and break on purpose (`l.estate.instances[0].zone = …`). Typing
 * each edit would bury what it tests; the parser under test is what must cope with any shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LevelJson = Record<string, any>;

export const SANDBOX_FILE = 'levels/sandbox.json';
export const SANDBOX_TEXT = readFileSync(new URL('../../../levels/sandbox.json', import.meta.url), 'utf8');

/** A fresh, mutable copy of the sandbox level as it is today (others may change it). */
export function sandbox(): LevelJson {
  return JSON.parse(SANDBOX_TEXT) as LevelJson;
}

/**
 * A frozen copy of the sandbox, the base of the tests that pin messages: those must not change
 * when someone tunes levels/sandbox.json.
 */
export const BASE_TEXT = readFileSync(new URL('./fixtures/base-level.json', import.meta.url), 'utf8');

export function base(): LevelJson {
  return JSON.parse(BASE_TEXT) as LevelJson;
}

/** The problems of a result as their author reads them; [] when the level is fine. */
export function messages(result: ParseLevelResult): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Parses the base level changed by `edit` and returns what the author would read. */
export function problemsAfter(edit: (level: LevelJson) => void, file = 'levels/x.json'): string[] {
  const level = base();
  edit(level);
  return messages(parseLevel(level, file));
}

export function expectOk(result: ParseLevelResult): void {
  expect(messages(result)).toEqual([]);
}

/** Sets an own property, even "__proto__" (plain assignment would set the prototype instead). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Splits `faults.scheduled[1].target` or `estate["a b"][0]` into its segments. */
export function parsePath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const token = /^(?:\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;
  let rest = path;
  while (rest !== '') {
    const m = token.exec(rest);
    if (!m) throw new Error(`cannot parse path ${JSON.stringify(path)} at ${JSON.stringify(rest)}`);
    out.push(m[1] !== undefined ? m[1] : m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string));
    rest = rest.slice(m[0].length);
  }
  return out;
}

/**
 * Does the path lead to a value in `input`? A missing field may be named by its last segment as
 * long as its parent exists and is an object.
 */
export function pathExists(input: unknown, path: string, allowMissingLast: boolean): boolean {
  const segments = parsePath(path);
  let node: unknown = input;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const last = i === segments.length - 1;
    if (typeof node !== 'object' || node === null) return false;
    const has = typeof s === 'number' ? Array.isArray(node) && s < node.length : !Array.isArray(node) && Object.hasOwn(node, s);
    if (!has) return last && allowMissingLast && typeof s === 'string' && !Array.isArray(node);
    node = (node as Record<string | number, unknown>)[s];
  }
  return true;
}
