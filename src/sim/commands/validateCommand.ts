import { fail, ok, type Result } from '../../shared/result';
import { object } from '../../shared/schema/dsl';
import { formatProblem, ProblemList } from '../../shared/schema/problems';
import { validateShape } from '../../shared/schema/validateShape';
import type { Command } from '../services/registry';
import { COMMAND_TYPES, commandDef } from './registry';

/**
 * Checks an untrusted command against its definition's fields before it touches the World, so a
 * hostile or mistyped script gets a clear refusal instead of a half-applied command. Returns a fresh
 * copy holding only the declared fields.
 */
export function validateCommand(input: unknown): Result<Command> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('a command is an object with a "type"');
  const obj = input as Record<string, unknown>;
  const type = obj.type;
  const def = typeof type === 'string' ? commandDef(type) : undefined;
  if (def === undefined) return fail(`unknown command type ${JSON.stringify(type)}; commands are ${COMMAND_TYPES.join(', ')}`);
  const { type: _type, ...fields } = obj;
  const problems = new ProblemList(def.type, 5);
  const value = validateShape(object(def.fields, { description: def.summary }), fields, problems);
  if (value === undefined) {
    const [first] = problems.toArray();
    return fail(first ? formatProblem({ ...first, file: def.type, path: first.path }).replace(`${def.type} › `, `${def.type}.`) : `${def.type} is malformed`);
  }
  return ok({ type: def.type, ...(value as object) } as Command);
}
