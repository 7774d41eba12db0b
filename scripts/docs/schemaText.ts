import type { Field, Fields, Schema } from '../../src/shared/schema/dsl';
import { code, formatNumber } from './markdown';

/** What values a schema accepts, in words: "one of `a`, `b`", "whole number (0 to 3,600)". */
export function schemaText(schema: Schema): string {
  switch (schema.type) {
    case 'string': {
      if (schema.enum) return `one of ${schema.enum.map(code).join(', ')}`;
      const length = schema.minLength ? `${schema.minLength}–${schema.maxLength} characters` : `at most ${schema.maxLength} characters`;
      return `${schema.pattern ? schema.pattern.noun : 'string'} (${length})`;
    }
    case 'integer':
    case 'number': {
      const noun = schema.type === 'integer' ? 'whole number' : 'number';
      const low = schema.minExclusive ? `above ${formatNumber(schema.min)}, at most` : `${formatNumber(schema.min)} to`;
      return `${noun} (${low} ${formatNumber(schema.max)}${schema.maxSays ? `: ${schema.maxSays}` : ''})`;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'const':
      return code(JSON.stringify(schema.value));
    case 'array': {
      const count = schema.minItems ? `${schema.minItems}–${schema.maxItems} items` : `at most ${schema.maxItems} items`;
      return `list (${count}) of ${schema.items.type === 'object' ? 'objects' : schemaText(schema.items)}`;
    }
    case 'record':
      return `object (at most ${schema.maxItems} entries) from ${schemaText(schema.keys)} to ${schemaText(schema.values)}`;
    case 'object':
      return 'object';
    case 'union':
      return `object, by ${code(schema.discriminator)}: ${Object.keys(schema.variants).map(code).join(', ')}`;
  }
}

export interface FlatField {
  /** Dotted for nested objects: `healthCheck.intervalSeconds`; `[]` for the objects of a list. */
  readonly path: string;
  readonly field: Field;
}

/** Every field, nested objects' fields after their object, so each gets its own line in the docs. */
export function flattenFields(fields: Fields, prefix = ''): FlatField[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = `${prefix}${name}`;
    const schema = field.schema;
    const inner = schema.type === 'object' ? schema.fields : schema.type === 'array' && schema.items.type === 'object' ? schema.items.fields : undefined;
    const suffix = schema.type === 'array' ? '[].' : '.';
    return [{ path, field }, ...(inner ? flattenFields(inner, `${path}${suffix}`) : [])];
  });
}
