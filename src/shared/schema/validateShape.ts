import { didYouMean } from './didYouMean';
import type { JsonPath } from './jsonPath';
import { LEVEL_LIMITS } from '../levelLimits';
import type { ProblemList } from './problems';
import type { ArraySchema, Fields, Infer, NumberSchema, ObjectSchema, RecordSchema, Schema, StringSchema, UnionSchema } from './dsl';
import { describeValue, expectedName, lowerFirst, preview } from './describe';

/**
 * Checks that a value has the shape a schema describes, adding every problem to `problems`, and
 * returns a fresh copy holding only the fields the schema knows (undefined when anything is wrong).
 * It recurses along the schema, never deeper than the schema itself, and visits at most `maxItems`
 * items of any list, so its work is bounded whatever the input.
 */
export function validateShape<S extends Schema>(schema: S, input: unknown, problems: ProblemList): Infer<S> | undefined {
  const before = problems.count;
  const value = check(schema, input, [], problems);
  return problems.count === before ? (value as Infer<S>) : undefined;
}

function check(schema: Schema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  switch (schema.type) {
    case 'string':
      return checkString(schema, value, path, problems);
    case 'integer':
    case 'number':
      return checkNumber(schema, value, path, problems);
    case 'boolean':
      if (typeof value !== 'boolean') wrongType(schema, value, path, problems);
      return value;
    case 'const':
      if (value !== schema.value) problems.add(path, `must be ${JSON.stringify(schema.value)}, got ${describeValue(value)}`);
      return value;
    case 'array':
      return checkArray(schema, value, path, problems);
    case 'object':
      return checkObject(schema.fields, value, path, problems, schema);
    case 'union':
      return checkUnion(schema, value, path, problems);
    case 'record':
      return checkRecord(schema, value, path, problems);
  }
}

function checkRecord(schema: RecordSchema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  if (!isPlainObject(value)) {
    wrongType(schema, value, path, problems);
    return value;
  }
  const keys = Object.keys(value);
  if (keys.length > schema.maxItems) {
    problems.add(path, `has ${keys.length} entries; the limit is ${schema.maxItems}`);
    return value;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key.length > LEVEL_LIMITS.keyLength) {
      problems.add(path, `has a name ${key.length} characters long; the limit is ${LEVEL_LIMITS.keyLength}`);
      continue;
    }
    checkString(schema.keys, key, [...path, key], problems);
    // defineProperty, not assignment: a key such as "__proto__" stays an ordinary entry.
    Object.defineProperty(out, key, { value: check(schema.values, value[key], [...path, key], problems), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function wrongType(schema: Schema, value: unknown, path: JsonPath, problems: ProblemList): void {
  const numeric = (schema.type === 'integer' || schema.type === 'number') && typeof value === 'string' && value.length < 30 && JSON_NUMBER.test(value.trim());
  problems.add(path, `expected ${expectedName(schema)}, got ${describeValue(value)}`, numeric ? `remove the quotes: ${value.trim()}` : undefined);
}

const patterns = new WeakMap<StringSchema, RegExp>();

function checkString(schema: StringSchema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  if (typeof value !== 'string') {
    wrongType(schema, value, path, problems);
    return value;
  }
  if (schema.enum) {
    const allowed: readonly string[] = schema.enum;
    if (!allowed.includes(value)) {
      problems.add(path, `${preview(value)} is not ${article(schema.enumNoun ?? 'allowed value')} (allowed: ${allowed.join(', ')})`, () => suggest(value, allowed));
    }
    return value;
  }
  // Characters as JSON Schema counts them (code points), so an editor and the game agree: an
  // emoji is one character, not two UTF-16 units. The UTF-16 length is an upper bound (fast path).
  if (value.length > schema.maxLength) {
    const chars = codePoints(value);
    if (chars > schema.maxLength) {
      problems.add(path, `is ${chars} characters long; the limit is ${schema.maxLength}`);
      return value;
    }
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    problems.add(path, 'must not be empty');
    return value;
  }
  if (schema.pattern) {
    let re = patterns.get(schema);
    if (!re) patterns.set(schema, (re = new RegExp(schema.pattern.regex)));
    if (!re.test(value)) problems.add(path, `${preview(value)} is not a valid ${schema.pattern.noun}`, schema.pattern.says);
  }
  return value;
}

function checkNumber(schema: NumberSchema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  if (typeof value !== 'number') {
    wrongType(schema, value, path, problems);
  } else if (!Number.isFinite(value)) {
    problems.add(path, `must be a finite number, got ${value}`, 'numbers as large as 1e309 overflow to Infinity');
  } else if (schema.type === 'integer' && !Number.isInteger(value)) {
    problems.add(path, `must be a whole number, got ${value}`);
  } else if (schema.minExclusive ? value <= schema.min : value < schema.min) {
    problems.add(path, `must be ${schema.minExclusive ? 'greater than' : 'at least'} ${schema.min}, got ${value}`);
  } else if (value > schema.max) {
    problems.add(path, `must be at most ${schema.max}${schema.maxSays ? ` (${schema.maxSays})` : ''}, got ${value}`);
  }
  return value;
}

function checkArray(schema: ArraySchema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  if (!Array.isArray(value)) {
    wrongType(schema, value, path, problems);
    return value;
  }
  const items: readonly unknown[] = value;
  if (items.length > schema.maxItems) {
    problems.add(path, `has ${items.length} items; the limit is ${schema.maxItems}`);
  } else if (schema.minItems !== undefined && items.length < schema.minItems) {
    problems.add(path, items.length === 0 ? 'must not be empty' : `needs at least ${schema.minItems} items, has ${items.length}`, `add one: ${lowerFirst(schema.items.description)}`);
  }
  const out: unknown[] = [];
  const n = Math.min(items.length, schema.maxItems);
  for (let i = 0; i < n; i++) out.push(check(schema.items, items[i], [...path, i], problems));
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function checkObject(fields: Fields, value: unknown, path: JsonPath, problems: ProblemList, schema: Schema): unknown {
  if (!isPlainObject(value)) {
    wrongType(schema, value, path, problems);
    return value;
  }
  // Only names the schema declares are ever copied, so "__proto__" and friends cannot reach `out`.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (Object.hasOwn(fields, key)) {
      if (v !== undefined) out[key] = check(fields[key]!.schema, v, [...path, key], problems);
    } else if (key.length > LEVEL_LIMITS.keyLength) {
      problems.add(path, `has a field name ${key.length} characters long; no field name is longer than ${LEVEL_LIMITS.keyLength}`);
    } else {
      problems.add([...path, key], 'unknown field', () => suggest(key, Object.keys(fields)) ?? `fields here: ${Object.keys(fields).join(', ')}`);
    }
  }
  for (const [name, field] of Object.entries(fields)) {
    if (field.required && (!Object.hasOwn(value, name) || value[name] === undefined)) {
      problems.add([...path, name], 'required field is missing', `add it: ${lowerFirst(field.schema.description)}`);
    }
  }
  return out;
}

const variantFields = new WeakMap<ObjectSchema, Fields>();

function checkUnion(schema: UnionSchema, value: unknown, path: JsonPath, problems: ProblemList): unknown {
  if (!isPlainObject(value)) {
    wrongType(schema, value, path, problems);
    return value;
  }
  const key = schema.discriminator;
  const kinds = Object.keys(schema.variants);
  const kind = value[key];
  if (kind === undefined) {
    problems.add([...path, key], 'required field is missing', `add it: ${lowerFirst(schema.discriminatorDescription)}`);
    return value;
  }
  if (typeof kind !== 'string' || !Object.hasOwn(schema.variants, kind)) {
    const shown = typeof kind === 'string' ? preview(kind) : describeValue(kind);
    problems.add([...path, key], `${shown} is not a known ${key} (allowed: ${kinds.join(', ')})`, () => (typeof kind === 'string' ? suggest(kind, kinds) : undefined));
    return value;
  }
  const variant = schema.variants[kind]!;
  let fields = variantFields.get(variant);
  if (!fields) {
    fields = { [key]: { schema: { type: 'const', value: kind, description: schema.discriminatorDescription }, required: true }, ...variant.fields };
    variantFields.set(variant, fields);
  }
  return checkObject(fields, value, path, problems, schema);
}

function suggest(input: string, candidates: readonly string[]): string | undefined {
  const match = didYouMean(input, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The number of Unicode code points in `s` (a surrogate pair is one). */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}
