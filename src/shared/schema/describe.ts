import type { Schema } from './dsl';

const PREVIEW_CHARS = 40;

/** A string as it would appear in the file, cut short: `"web-1"`, `"aaaa…"`. */
export function preview(s: string): string {
  return s.length > PREVIEW_CHARS ? `${JSON.stringify(s.slice(0, PREVIEW_CHARS))}…` : JSON.stringify(s);
}

/** What a value is, for "expected …, got …". */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `a string (${preview(v)})`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return String(v);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof v}`;
  }
}

export function expectedName(schema: Schema): string {
  switch (schema.type) {
    case 'string':
      return 'a string';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'const':
      return JSON.stringify(schema.value);
    case 'array':
      return 'a list';
    case 'object':
    case 'union':
    case 'record':
      return 'an object';
  }
}

/** "The zone it runs in." → "the zone it runs in", for hints that continue a sentence. */
export function lowerFirst(description: string): string {
  const s = description.endsWith('.') ? description.slice(0, -1) : description;
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
