import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText, type ParseLevelResult } from '../../../src/levels/parseLevel';
import { step, createWorld } from '../../../src/sim';
import { pathExists, sandbox, setOwn } from './helpers';

const FILE = 'levels/prop.json';
const MISSING = 'required field is missing';

/** Parses without throwing, and every problem points at a place in the input (or names a missing field). */
function checkResult(input: unknown, result: ParseLevelResult): void {
  if (result.ok) {
    expect(result.scenario).not.toBe(input);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(101);
  for (const p of result.problems) {
    expect(p.file).toBe(FILE);
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    if (!pathExists(input, p.path, p.message === MISSING)) {
      throw new Error(`problem path ${JSON.stringify(p.path)} is not in the input: ${p.message}`);
    }
  }
}

type Container = Record<string, unknown> | unknown[];
type Mutation = { kind: 'delete' | 'replace' | 'insert'; pick: number; value: unknown; key: string };

/**
 * Every container in the document, each once. fast-check reuses constant values (`[]`, `{}`) across
 * mutations, so a later insertion can put a container inside itself: the walk must not follow cycles.
 */
function containers(root: Container): Container[] {
  const seen = new Set<Container>();
  const stack: Container[] = [root];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    for (const v of Object.values(c)) if (typeof v === 'object' && v !== null) stack.push(v as Container);
  }
  return [...seen];
}

/**
 * Applies a random deletion, replacement or insertion somewhere in the level. The value is copied
 * so two mutations never share (and nest) one object; cycles are covered in hostile.test.ts.
 */
function mutate(root: Container, mutation: Mutation): void {
  const m = { ...mutation, value: structuredClone(mutation.value) };
  const all = containers(root);
  const target = all[m.pick % all.length]!;
  const keys = Object.keys(target);
  const key = keys.length === 0 ? undefined : keys[m.pick % keys.length]!;
  if (Array.isArray(target)) {
    const i = key === undefined ? 0 : Number(key);
    if (m.kind === 'delete' && key !== undefined) target.splice(i, 1);
    else if (m.kind === 'replace' && key !== undefined) target[i] = m.value;
    else target.splice(i, 0, m.value);
  } else if (m.kind === 'delete' && key !== undefined) delete target[key];
  else if (m.kind === 'replace' && key !== undefined) setOwn(target, key, m.value);
  else setOwn(target, m.key, m.value);
}

const FIELD_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'zone', 'zones', 'kind', 'id', 'target', 'region', 'loadBalancer', 'type', 'min', 'max', 'desired', 'atSeconds', 'spikePct', 'formatVersion'];
const IDS = ['use1-az1', 'use1-az9', 'usw2-az1', 'us-east-1', 'us-west-2', 'web-1', 'web-alb', 'orders-db', 'shop', 'm5.large', 't3.nano', 'zone.powerInterruption', 'traffic.spike', 'instance.terminate', 'region.outage', 'spike', 'ramp'];

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(Infinity, -Infinity, Number.NaN, -0, 2 ** 53, 1e12, -1, 0, 1, 0.5, 7199, 7200, true, false, null, '', 'x'.repeat(300), [], {}),
  fc.constantFrom(...IDS),
  fc.integer({ min: -10, max: 10_000 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'insert'),
  pick: fc.nat(),
  value,
  key: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 12 })),
});

describe('parseLevel on arbitrary input', () => {
  it('never throws, and points only at places in the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkResult(input, parseLevel(input, FILE));
      }),
      { numRuns: 500 },
    );
  });

  it('parseLevelText never throws on arbitrary text or JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1))), (text) => {
        const result = parseLevelText(text, FILE);
        if (!result.ok) expect(result.problems.every((p) => p.file === FILE && p.message.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseLevel on mutated sandbox levels', () => {
  it('never throws, and every problem path exists or names a missing field', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const level = sandbox();
        for (const m of mutations) mutate(level, m);
        checkResult(level, parseLevel(level, FILE));
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>).zone).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('gives the same answer twice and does not change its input', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const level = sandbox();
        for (const m of mutations) mutate(level, m);
        const before = JSON.stringify(level);
        const first = parseLevel(level, FILE);
        expect(JSON.stringify(level)).toBe(before);
        expect(parseLevel(level, FILE)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('whatever it accepts, the simulation can build and run', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 2 }), fc.nat(), (mutations, seed) => {
        const level = sandbox();
        for (const m of mutations) mutate(level, m);
        const result = parseLevel(level, FILE);
        if (!result.ok) return;
        accepted += 1;
        const world = createWorld(result.scenario, seed);
        // Two simulated hours: the sandbox's whole run, with its scheduled fault.
        for (let i = 0; i < 7200 && world.tick < world.durationTicks; i++) step(world, []);
      }),
      { numRuns: 200 },
    );
    // Some mutations (a changed number in range, a removed optional field) keep the level valid.
    expect(accepted).toBeGreaterThan(5);
  });
});
