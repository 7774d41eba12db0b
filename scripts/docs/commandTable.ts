import type { AnyCommandDef } from '../../src/sim/commands/defineCommand';
import { code, table } from './markdown';
import { flattenFields, schemaText } from './schemaText';

/**
 * Commands as Markdown, each from its definition (src/sim/commands/defineCommand.ts): a heading with
 * its type, its summary, and a table of its fields (type, allowed values, required or not, meaning).
 */
export function commandTable(defs: readonly AnyCommandDef[]): string {
  return defs.map(commandSection).join('\n\n');
}

function commandSection(def: AnyCommandDef): string {
  const fields = flattenFields(def.fields);
  const head = `#### ${code(def.type)}\n\n${def.summary}`;
  if (fields.length === 0) return `${head}\n\nNo fields.`;
  const rows = fields.map(({ path, field }) => [
    code(path),
    schemaText(field.schema),
    field.required ? 'yes' : field.default === undefined ? 'no' : `no (default ${code(String(field.default))})`,
    field.schema.description,
  ]);
  return `${head}\n\n${table(['Field', 'Type', 'Required', 'Description'], rows)}`;
}
