import fc from 'fast-check';
import type { ObjectSchema, Schema } from '../../../src/shared/schema/dsl';
import { arbitraryFor, type SchemaOverride } from './arbitraryFor';

/**
 * Objects that break a schema on purpose, each with the reason it must be refused: a well-formed
 * value (arbitraryFor) with one thing spoiled — an unknown field, a required field left out, a value
 * of the wrong type, a value outside the listed ones, a number, string or list past its limit. The
 * reason is known from how the value was made, not from a validator, so a validator can be tested
 * against it.
 */

export interface Malformed {
  readonly value: Record<string, unknown>;
  readonly why: string;
}

/** Names that are never fields, including the ones a careless `key in obj` finds on every object. */
const UNKNOWN_NAMES = ['bogus', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];

/** Values of every JSON type and then some; wrongValues picks those a schema's type refuses. */
const ANY_VALUES: readonly unknown[] = [null, 42, -1, 0.5, true, false, 'text', '', [], ['x'], {}, { nested: 1 }, Number.NaN, Number.POSITIVE_INFINITY];

/** Does the value have the schema's type (its JSON type, finite for numbers, whole for integers)? */
function hasType(schema: Schema, v: unknown): boolean {
  switch (schema.type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'const':
      return v === schema.value;
    case 'array':
      return Array.isArray(v);
    case 'object':
    case 'record':
    case 'union':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
  }
}

/** Values that break one schema node, each with what is wrong with it. */
function wrongValues(schema: Schema): { value: unknown; why: string }[] {
  const out = ANY_VALUES.filter((v) => !hasType(schema, v)).map((value) => ({ value, why: `${String(JSON.stringify(value) ?? value)} is not a valid ${schema.type}` }));
  switch (schema.type) {
    case 'string':
      if (schema.enum) {
        const allowed: readonly string[] = schema.enum;
        for (const v of [`${schema.enum[0]}x`, 'nonsense', schema.enum[0]!.toUpperCase()]) if (!allowed.includes(v)) out.push({ value: v, why: `${v} is not a listed value` });
      } else {
        out.push({ value: 'x'.repeat(schema.maxLength + 1), why: 'longer than its limit' });
      }
      break;
    case 'integer':
    case 'number':
      if (schema.type === 'integer') out.push({ value: Math.max(schema.min, 0) + 0.5, why: 'not whole' });
      out.push({ value: schema.max + 1, why: 'above its maximum' }, { value: schema.minExclusive ? schema.min : schema.min - 1, why: 'below its minimum' });
      break;
    case 'array':
      out.push({ value: Array.from({ length: schema.maxItems + 1 }, () => null), why: 'more items than its limit' });
      for (const item of wrongValues(schema.items).slice(0, 3)) out.push({ value: [item.value], why: `an item: ${item.why}` });
      break;
    case 'record':
      out.push({ value: Object.fromEntries(Array.from({ length: schema.maxItems + 1 }, (_, i) => [`k${i}`, 0])), why: 'more entries than its limit' });
      for (const entry of wrongValues(schema.values).slice(0, 3)) out.push({ value: { k: entry.value }, why: `an entry: ${entry.why}` });
      break;
    default:
      break;
  }
  return out;
}

type Spoiler = (value: Record<string, unknown>, pick: number) => Malformed | undefined;

function setOwn(obj: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  // defineProperty, as JSON.parse does: "__proto__" becomes an own field, not the prototype.
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  return obj;
}

/** The ways to spoil a value of `schema`, each given a well-formed value and a number to choose with. */
function spoilers(schema: ObjectSchema, at: string): Spoiler[] {
  const names = Object.keys(schema.fields);
  const required = names.filter((n) => schema.fields[n]!.required);
  const out: Spoiler[] = [
    (value, pick) => {
      const candidates = UNKNOWN_NAMES.filter((n) => !Object.hasOwn(schema.fields, n));
      const name = candidates[pick % candidates.length]!;
      return { value: setOwn({ ...value }, name, 1), why: `${at}${name} is not a field` };
    },
  ];
  if (required.length > 0) {
    out.push((value, pick) => {
      const name = required[pick % required.length]!;
      const { [name]: _dropped, ...rest } = value;
      return { value: rest, why: `${at}${name} is required` };
    });
  }
  for (const name of names) {
    const field = schema.fields[name]!.schema;
    const wrong = wrongValues(field);
    out.push((value, pick) => {
      const w = wrong[pick % wrong.length]!;
      return { value: setOwn({ ...value }, name, w.value), why: `${at}${name}: ${w.why}` };
    });
    if (field.type === 'object') {
      // Inside a nested object (a health check's settings): the same spoilers, one level down.
      const inner = spoilers(field, `${at}${name}.`);
      out.push((value, pick) => {
        const nested = value[name];
        if (typeof nested !== 'object' || nested === null) return undefined;
        const spoiled = inner[pick % inner.length]!(nested as Record<string, unknown>, Math.floor(pick / inner.length));
        return spoiled && { value: setOwn({ ...value }, name, spoiled.value), why: spoiled.why };
      });
    }
  }
  return out;
}

/** A value of `schema` with exactly one thing wrong, and what. */
export function malformedFor(schema: ObjectSchema, override?: SchemaOverride): fc.Arbitrary<Malformed> {
  const ways = spoilers(schema, '');
  return fc
    .tuple(arbitraryFor(schema, override), fc.nat(ways.length - 1), fc.nat(1000))
    .map(([value, way, pick]) => ways[way]!(value as Record<string, unknown>, pick))
    .filter((m): m is Malformed => m !== undefined);
}
