import fc from 'fast-check';

/**
 * Values and texts that have broken parsers elsewhere: numbers at and past every limit, wrong
 * types, null in lists, keys that are prototype names, long strings and lone surrogate halves.
 */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'length', 'id', 'kind', 'type', 'zone', 'target', 'formatVersion', ''];

const LONE_SURROGATES = ['\ud800', '\udfff', 'a\ud83d', '\ude00b', '\ud83d\ude00'];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: fc.constantFrom(...LONE_SURROGATES, '\u0000', '\ufeff', '"', '\\', '\n'), maxLength: 10 }),
  fc.constantFrom(...HOSTILE_KEYS, 'x'.repeat(65), 'x'.repeat(201), 'x'.repeat(4001), '😀'.repeat(200), '😀'.repeat(201), 'NaN', '1e309', '-0', ' 42 ', '0x10'),
  fc.integer({ min: 1, max: 5 }).map((n) => 'y'.repeat(10 ** n)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1, 2, 3, 59, 60, 99.999, 100, 100.0001, 2 ** 31, 2 ** 32, 2 ** 32 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, 1e308, 5e-324, 2592000, 2592001, 1_000_000, 1_000_001),
  fc.integer({ min: -10, max: 10_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any of the above, JSON of any shape, a deep nest, or an empty container. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [null, null], JSON.parse('{"__proto__": null}') as unknown) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map(nestedArrays) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom<unknown>(null, 0, 'x', {}), { minLength: 100, maxLength: 1200 }) },
);

export function nestedArrays(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Whole texts no well-behaved file holds: deep brackets, huge literals, prototype keys, stray bytes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n)),
  fc.integer({ min: 1, max: 100_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  fc.constantFrom(
    '',
    ' ',
    '\ufeff',
    '\ufeff{}',
    'null',
    'true',
    '1e309',
    '-1e309',
    '123456789012345678901234567890',
    '"\ud800"',
    '{"__proto__": {"polluted": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"formatVersion": 2, "formatVersion": 1}',
    '[1, 2,]',
    "{'a': 1}",
    '{"a": 1}}',
    '\u0000',
    'NaN',
  ),
  fc.integer({ min: 1, max: 1_200_000 }).map((n) => `"${'a'.repeat(n)}"`),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
);
