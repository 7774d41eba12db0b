import type { Field, Fields, ObjectSchema, Schema } from './dsl';

export type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema (draft 2020-12) of a schema: what editors use to complete and check level files.
 * Objects are closed (`additionalProperties: false`), like the validator; limits and defaults carry over.
 */
export function toJsonSchema(schema: ObjectSchema, meta: { title: string }): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: meta.title, ...convert(schema) };
}

function convert(schema: Schema): JsonSchema {
  const base = { description: schema.description };
  switch (schema.type) {
    case 'string':
      if (schema.enum) return { ...base, type: 'string', enum: [...schema.enum] };
      return {
        ...base,
        type: 'string',
        ...(schema.minLength !== undefined && { minLength: schema.minLength }),
        maxLength: schema.maxLength,
        ...(schema.pattern && { pattern: schema.pattern.regex }),
      };
    case 'integer':
    case 'number':
      return {
        ...base,
        type: schema.type,
        ...(schema.minExclusive ? { exclusiveMinimum: schema.min } : { minimum: schema.min }),
        maximum: schema.max,
      };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'const':
      return { ...base, const: schema.value };
    case 'array':
      return {
        ...base,
        type: 'array',
        items: convert(schema.items),
        ...(schema.minItems !== undefined && { minItems: schema.minItems }),
        maxItems: schema.maxItems,
      };
    case 'object':
      return { ...base, ...closedObject(schema.fields) };
    case 'record':
      return { ...base, type: 'object', propertyNames: convert(schema.keys), additionalProperties: convert(schema.values), maxProperties: schema.maxItems };
    case 'union': {
      // if/then per variant rather than oneOf: an editor then reports only the chosen variant's errors.
      const key = schema.discriminator;
      return {
        ...base,
        type: 'object',
        required: [key],
        properties: { [key]: { description: schema.discriminatorDescription, enum: Object.keys(schema.variants) } },
        allOf: Object.entries(schema.variants).map(([kind, variant]) => {
          const tag: Field = { schema: { type: 'const', value: kind, description: schema.discriminatorDescription }, required: true };
          return {
            if: { properties: { [key]: { const: kind } }, required: [key] },
            then: { description: variant.description, ...closedObject({ [key]: tag, ...variant.fields }) },
          };
        }),
      };
    }
  }
}

function closedObject(fields: Fields): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(fields)) {
    properties[name] = { ...convert(field.schema), ...(field.default !== undefined && { default: field.default }) };
    if (field.required) required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 && { required }), additionalProperties: false };
}
