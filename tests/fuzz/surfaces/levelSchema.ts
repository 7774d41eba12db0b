import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { checkNesting } from '../../../src/levels/checkNesting';
import { migrate } from '../../../src/levels/migrations';
import { parseLevel } from '../../../src/levels/parseLevel';
import { ProblemList } from '../../../src/levels/problems';
import { levelSchema } from '../../../src/levels/schema/levelSchema';
import { validateShape } from '../../../src/shared/schema/validateShape';
import { levelValue } from '../levelInputs';
import type { Surface } from '../surface';

/**
 * levels/level.schema.json, checked by a real JSON Schema validator (Ajv, draft 2020-12 as the
 * schema declares), against the game's own parser. Editors check levels with the schema and the
 * game with the parser, so on the shape of a level they must agree both ways. The parser also
 * checks meaning (ids that must exist, a timeline that fits), which the schema cannot: there only
 * "parser accepts ⇒ schema valid" holds.
 */
export const LEVEL_JSON_SCHEMA = JSON.parse(readFileSync(new URL('../../../levels/level.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** The parser's stages before meaning: size and depth, migration to the current version, shape. */
function parserShape(input: unknown): { ok: boolean; migrated: unknown; problems: string[] } {
  const problems = new ProblemList('fuzz.json');
  if (!checkNesting(input, problems)) return { ok: false, migrated: input, problems: problems.toArray().map((p) => `${p.path}: ${p.message}`) };
  const migrated = migrate(input, 'fuzz.json');
  if (!migrated.ok) return { ok: false, migrated: input, problems: migrated.problems.map((p) => `${p.path}: ${p.message}`) };
  const shaped = validateShape(levelSchema, migrated.value, problems);
  return { ok: shaped !== undefined, migrated: migrated.value, problems: problems.toArray().map((p) => `${p.path}: ${p.message}`) };
}

const errorsOf = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');

/** The differential for a JSON Schema: the shipped one, or (in the suite's own test) one spoiled on purpose. */
export function schemaDifferential(schema: Record<string, unknown>): Surface<unknown> {
  // strict: an unknown keyword in the schema is an error, not silently ignored.
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return {
    name: 'levelSchema',
    reads: 'levels/level.schema.json (Ajv, draft 2020-12) against src/levels/parseLevel.ts parseLevel',
    inputs: levelValue,
    async run(input, probe) {
      const full = await probe.read(() => parseLevel(input, 'fuzz.json'));
      const shape = await probe.read(() => parserShape(input));
      // An older formatVersion is upgraded before its shape is checked; the schema describes the current one.
      const schemaOk = validate(shape.migrated);
      if (full.ok) probe.accepted();
      if (full.ok && !schemaOk) probe.disagree(`the parser accepts it, the schema refuses it: ${errorsOf(validate.errors)}`);
      else if (schemaOk && !shape.ok) probe.disagree(`the schema accepts its shape, the parser refuses it: ${shape.problems.slice(0, 5).join('; ')}`);
      else if (!schemaOk && shape.ok) probe.disagree(`the parser accepts its shape, the schema refuses it: ${errorsOf(validate.errors)}`);
    },
    show: (input) => JSON.stringify(input),
  };
}

export const levelSchemaSurface = schemaDifferential(LEVEL_JSON_SCHEMA);
