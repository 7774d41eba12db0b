import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText, type ParseLevelResult } from '../../../src/levels/parseLevel';
import { ESTATE_FIELDS } from '../../../src/sim';
import { base, BASE_TEXT, messages, setOwn, type LevelJson } from './helpers';

/**
 * A level can come from anyone (a file, a link). Whatever it holds, parsing must answer quickly,
 * with a clear problem, without throwing, recursing without bound or polluting prototypes.
 */
const X = 'levels/evil.json';
/** The estate's fields, as the service kinds declare them (registry order). */
const ESTATE = Object.keys(ESTATE_FIELDS).join(', ');

/**
 * Runs a parse. How fast hostile input is refused is measured by `npm run bench` (case
 * "parse-hostile"), not asserted here: a timed assertion would flake on a loaded machine. A hang
 * would still fail this file through the test timeout.
 */
function timed(run: () => ParseLevelResult): { result: ParseLevelResult } {
  return { result: run() };
}

function nestedArrays(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function nestedObjects(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe('hostile level files', () => {
  it('a 20 MB file is refused before JSON.parse', () => {
    const text = `"${'a'.repeat(20 * 1024 * 1024 - 2)}"`;
    const { result } = timed(() => parseLevelText(text, X));
    expect(messages(result)).toEqual([`${X}: file is 20 MB; the limit is 1 MB (a level is a few kilobytes; is this the right file?)`]);
  });

  it('100,000 nested arrays, as text and as a value', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const expected = `${X} › ${'[0]'.repeat(20)}: objects and arrays are nested more than 20 deep here (a level nests at most 6 deep; look for brackets that were never closed)`;
    const fromText = timed(() => parseLevelText(deep, X));
    expect(messages(fromText.result)).toEqual([expected]);
    const fromValue = timed(() => parseLevel(nestedArrays(100_000), X));
    expect(messages(fromValue.result)).toEqual([expected]);
  });

  it('100,000 nested objects, as text and as a value', () => {
    const deep = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const expected = `${X} › ${Array(20).fill('a').join('.')}: objects and arrays are nested more than 20 deep here (a level nests at most 6 deep; look for brackets that were never closed)`;
    expect(messages(parseLevelText(deep, X))).toEqual([expected]);
    const { result } = timed(() => parseLevel(nestedObjects(100_000), X));
    expect(messages(result)).toEqual([expected]);
  });

  it('100,000 unclosed brackets: a syntax error, found without recursion', () => {
    const { result } = timed(() => parseLevelText('['.repeat(100_000), X));
    expect(messages(result)).toEqual([`${X}: not valid JSON at line 1, column 100001: the file ends before the "[" at line 1, column 100000 is closed (add the missing "]")`]);
  });

  it('nesting up to the limit is allowed through to the shape check', () => {
    const level = base();
    level.briefing = nestedArrays(18);
    expect(messages(parseLevel(level, X))).toEqual([`${X} › briefing: expected a string, got a list`]);
  });

  it('__proto__, constructor and prototype keys are unknown fields and pollute nothing', () => {
    const text = BASE_TEXT.replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } },').replace(
      '"sessions": "store"',
      '"sessions": "store", "prototype": 1, "__proto__": { "toString": 1 }',
    );
    const result = parseLevelText(text, X);
    expect(messages(result)).toEqual([
      `${X} › __proto__: unknown field (fields here: $schema, formatVersion, id, title, durationSeconds, regions, estate, topology, traffic, faults, objectives, allowedCommands, allowedInstanceTypes, speed, clock, teaches, briefing, debrief, par, gauntlet)`,
      `${X} › constructor: unknown field (fields here: $schema, formatVersion, id, title, durationSeconds, regions, estate, topology, traffic, faults, objectives, allowedCommands, allowedInstanceTypes, speed, clock, teaches, briefing, debrief, par, gauntlet)`,
      `${X} › estate.prototype: unknown field (fields here: ${ESTATE})`,
      `${X} › estate.__proto__: unknown field (fields here: ${ESTATE})`,
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('a valid level with a __proto__ key removed parses into an object with an ordinary prototype', () => {
    const level = base();
    setOwn(level.estate, '__proto__', { instances: [] });
    expect(messages(parseLevel(level, X))).toHaveLength(1);
    delete level.estate.__proto__;
    const result = parseLevel(level, X);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    expect(Object.getPrototypeOf(result.scenario.estate)).toBe(Object.prototype);
  });

  it('1e309 and -1e309 are rejected as not finite', () => {
    const text = BASE_TEXT.replace('"durationSeconds": 7200', '"durationSeconds": 1e309').replace('"noisePct": 5', '"noisePct": -1e309');
    expect(messages(parseLevelText(text, X))).toEqual([
      `${X} › durationSeconds: must be a finite number, got Infinity (numbers as large as 1e309 overflow to Infinity)`,
      `${X} › traffic.noisePct: must be a finite number, got -Infinity (numbers as large as 1e309 overflow to Infinity)`,
    ]);
    const level = base();
    level.speed = Number.NaN;
    expect(messages(parseLevel(level, X))).toEqual([`${X} › speed: must be a finite number, got NaN (numbers as large as 1e309 overflow to Infinity)`]);
  });

  it('a megabyte string value is refused quickly, and shown cut short', () => {
    const long = 'x'.repeat(1_000_000);
    const level = base();
    level.title = long;
    level.estate.instances[0].type = long;
    level.estate.sessions = long;
    const { result } = timed(() => parseLevel(level, X));
    expect(messages(result)).toEqual([
      `${X} › title: is 1000000 characters long; the limit is 200`,
      `${X} › estate.instances[0].type: "${'x'.repeat(40)}"… is not an instance type (allowed: t3.nano, t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge, m5.large, m5.xlarge, m5.2xlarge, m5.4xlarge, m5.8xlarge, m5.12xlarge, m5.16xlarge, m5.24xlarge, m7g.large, m7g.xlarge, m7g.2xlarge, m7g.4xlarge, m7g.8xlarge, m7g.12xlarge, m7g.16xlarge)`,
      `${X} › estate.sessions: "${'x'.repeat(40)}"… is not a session mode (allowed: memory, store)`,
    ]);
  });

  it('a field name too long to print is reported at its parent', () => {
    const level = base();
    level.estate['k'.repeat(5000)] = 1;
    expect(messages(parseLevel(level, X))).toEqual([`${X} › estate: has a field name 5000 characters long; no field name is longer than 200`]);
  });

  it('wrong types everywhere: every problem found, the list capped at 100', () => {
    const level = base();
    const swap = (v: unknown): unknown => (typeof v === 'string' ? 1 : typeof v === 'number' ? 'one' : typeof v === 'boolean' ? null : v);
    const walk = (node: LevelJson): void => {
      for (const key of Object.keys(node)) {
        if (key === 'formatVersion') continue;
        if (typeof node[key] === 'object' && node[key] !== null) walk(node[key]);
        else node[key] = swap(node[key]);
      }
    };
    walk(level);
    const result = parseLevel(level, X);
    const list = messages(result);
    expect(list.length).toBeGreaterThan(40);
    expect(list.filter((m) => !/expected (a string|a number|a whole number|true or false), got/.test(m))).toEqual([
      `${X} › traffic.curves[0].kind: the number 1 is not a known kind (allowed: steady, ramp, dailyWave, spike)`,
    ]);

    const many = base();
    many.estate.instances = Array.from({ length: 400 }, () => ({ id: 1, zone: 2, type: 3 }));
    const capped = messages(parseLevel(many, X));
    expect(capped).toHaveLength(101);
    expect(capped[100]).toBe(`${X}: and 1100 more problems (only the first 100 are listed; fix these and check again)`);
  });

  it('a huge list or object is cut off at its limit, quickly', () => {
    const level = base();
    level.estate.instances = Array.from({ length: 100_000 }, (_, i) => ({ id: `w-${i}`, zone: 'use1-az1', type: 't3.nano' }));
    const lots = timed(() => parseLevel(level, X));
    expect(messages(lots.result)).toEqual([`${X} › estate.instances: has 100000 items; the limit is 500`]);

    const junk: Record<string, number> = { formatVersion: 1 };
    for (let i = 0; i < 100_000; i++) junk[`field${i}`] = i;
    const wide = timed(() => parseLevel(junk, X));
    expect(messages(wide.result)).toHaveLength(101);
  });

  it('many long, nearly equal ids and references that all miss stay quick, with short messages', () => {
    const level = base();
    const stem = 'a'.repeat(56);
    level.estate.instances = Array.from({ length: 500 }, (_, i) => ({ id: `${stem}-${String(i).padStart(4, '0')}`, zone: 'use1-az1', type: 't3.nano' }));
    level.faults.scheduled = Array.from({ length: 500 }, (_, i) => ({ atSeconds: i, kind: 'instance.reboot', target: `${stem}_${String(i).padStart(4, '0')}` }));
    const { result } = timed(() => parseLevel(level, X));
    const list = messages(result);
    expect(list).toHaveLength(101);
    expect(list[0]!.length).toBeLessThan(2000);
    expect(list[0]).toMatch(/and 480 more\)/);
  });

  it('values that JSON cannot hold are reported, never thrown', () => {
    const odd: unknown[] = [() => 1, Symbol('s'), 10n, undefined, new Date(0), new Map(), Object.create(null)];
    for (const v of odd) {
      expect(() => parseLevel(v, X)).not.toThrow();
      const level = base();
      level.title = v;
      expect(() => parseLevel(level, X)).not.toThrow();
    }
    const cyclic = base();
    cyclic.estate.self = cyclic;
    expect(messages(parseLevel(cyclic, X))[0]).toMatch(/nested more than 20 deep/);
    const trap = new Proxy(base(), {
      get() {
        throw new Error('no');
      },
    });
    expect(messages(parseLevel(trap, X))[0]).toMatch(/the level could not be read: no/);
  });

  it('parseLevelText given something other than text', () => {
    expect(messages(parseLevelText(42 as unknown as string, X))).toEqual([`${X}: expected the text of a file, got number (a level is read from the text of a .json file)`]);
  });
});
