import fc from 'fast-check';
import type { NumberSchema, Schema, StringSchema } from '../../../src/shared/schema/dsl';

/**
 * fast-check arbitraries read off a schema of the DSL in src/shared/schema/dsl.ts: every value they
 * make is one the schema accepts, so a command definition's `fields` are the only statement of what a
 * well-formed command is. Values lean towards the small numbers and short strings real commands use;
 * a caller decides the rest (which ids to pick) with `override`.
 */

/** Where a value sits: field names from the root, `[]` for list items, `{}` for map keys and values. */
export type SchemaPath = readonly string[];

/** Returns the arbitrary to use at `path` instead of the schema's own, or undefined to keep it. */
export type SchemaOverride = (path: SchemaPath, schema: Schema) => fc.Arbitrary<unknown> | undefined;

export function arbitraryFor(schema: Schema, override: SchemaOverride = () => undefined, path: SchemaPath = []): fc.Arbitrary<unknown> {
  const own = override(path, schema);
  if (own !== undefined) return own;
  switch (schema.type) {
    case 'string':
      return stringArb(schema);
    case 'integer':
    case 'number':
      return numberArb(schema);
    case 'boolean':
      return fc.boolean();
    case 'const':
      return fc.constant(schema.value);
    case 'array':
      return fc.array(arbitraryFor(schema.items, override, [...path, '[]']), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems, 5) });
    case 'record':
      return fc
        .array(fc.tuple(arbitraryFor(schema.keys, override, [...path, '{}']), arbitraryFor(schema.values, override, [...path, '{}'])), { maxLength: Math.min(schema.maxItems, 4) })
        .map(plainObject);
    case 'object': {
      const model = Object.fromEntries(Object.entries(schema.fields).map(([name, field]) => [name, arbitraryFor(field.schema, override, [...path, name])]));
      const requiredKeys = Object.entries(schema.fields).filter(([, field]) => field.required).map(([name]) => name);
      // As JSON.parse makes them: optional fields left out are absent (not undefined), and the
      // prototype is Object.prototype (fast-check would otherwise make some without one).
      return fc.record(model, { requiredKeys, noNullPrototype: true });
    }
    case 'union':
      return fc.oneof(
        ...Object.entries(schema.variants).map(([kind, variant]) =>
          arbitraryFor(variant, override, path).map((fields) => ({ [schema.discriminator]: kind, ...(fields as object) })),
        ),
      );
  }
}

/** Entries into an object; a key such as "__proto__" stays an ordinary own entry, as JSON.parse makes it. */
function plainObject(entries: readonly (readonly [unknown, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, String(k), { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function stringArb(schema: StringSchema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const minLength = schema.minLength ?? 0;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern.regex);
    return fc.stringMatching(re).filter((s) => s.length >= minLength && s.length <= schema.maxLength);
  }
  return fc.oneof(
    { weight: 9, arbitrary: fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength, 12)) }) },
    // The longest string allowed: limits are where validators go wrong.
    { weight: 1, arbitrary: fc.constant('x'.repeat(schema.maxLength)) },
  );
}

/**
 * Mostly small whole numbers (the counts and seconds of real commands), sometimes up to an hour's
 * worth or beyond, and the edges of the range: the least and greatest allowed, −1, a fraction.
 */
function numberArb(schema: NumberSchema): fc.Arbitrary<number> {
  const whole = schema.type === 'integer';
  const allowed = (n: number): boolean => Number.isFinite(n) && (schema.minExclusive ? n > schema.min : n >= schema.min) && n <= schema.max && (!whole || Number.isInteger(n));
  const lowest = Math.max(Math.ceil(schema.min), 0) + (schema.minExclusive && Math.max(Math.ceil(schema.min), 0) === schema.min ? 1 : 0);
  const tier = (span: number): fc.Arbitrary<number> => fc.integer({ min: lowest, max: Math.max(lowest, Math.min(Math.floor(schema.max), lowest + span)) });
  const edges = [schema.min, schema.max, -1, 0.5, 2.5].filter(allowed);
  const anywhere = whole
    ? fc.integer({ min: Math.ceil(schema.min), max: Math.floor(schema.max) })
    : fc.double({ min: schema.min, max: schema.max, minExcluded: schema.minExclusive ?? false, noNaN: true, noDefaultInfinity: true });
  const options: fc.WeightedArbitrary<number>[] = [
    { weight: 8, arbitrary: tier(10) },
    { weight: 4, arbitrary: tier(3600) },
    { weight: 1, arbitrary: tier(100_000) },
    { weight: 1, arbitrary: anywhere },
  ];
  if (edges.length > 0) options.push({ weight: 2, arbitrary: fc.constantFrom(...edges) });
  // The tiers start at 0 or above; a range entirely below 0 (or a narrow one) is served by `anywhere`.
  return fc.oneof(...options).filter(allowed);
}
