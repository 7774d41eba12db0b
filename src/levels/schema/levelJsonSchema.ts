import { levelSchema } from './levelSchema';
import { toJsonSchema, type JsonSchema } from '../../shared/schema/toJsonSchema';

/** The exact text of levels/level.schema.json (scripts/genLevelSchema.ts writes it; a test keeps it fresh). */
export function levelJsonSchemaText(): string {
  const schema: JsonSchema = toJsonSchema(levelSchema, { title: 'Blast Radius level' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
