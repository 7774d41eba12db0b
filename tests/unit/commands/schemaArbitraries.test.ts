import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelSchema } from '../../../src/levels/schema/levelSchema';
import { ProblemList } from '../../../src/shared/schema/problems';
import { validateShape } from '../../../src/shared/schema/validateShape';
import { COMMANDS, validateCommand, type ScenarioSpec } from '../../../src/sim';
import { scriptIdsFor } from '../helpers/arbitraries';
import { arbitraryFor } from '../helpers/arbitraryFor';
import { malformedCommandArb, malformedFieldsCommandArb, wellFormedCommandArb, whyMalformed } from '../helpers/commandArb';
import { malformedFor } from '../helpers/malformedFor';

/**
 * The command generators of the property tests come from the command definitions' schemas
 * (helpers/arbitraryFor.ts, helpers/malformedFor.ts). These properties check them against
 * validateCommand, which reads the same schemas through a different piece of code (validateShape):
 * every well-formed command is accepted as it is, every spoiled one is refused. The level format, a
 * larger schema with unions, constants and patterns, is checked the same way.
 */

const RUN = { seed: 42 } as const;
const ids = scriptIdsFor(JSON.parse(readFileSync(new URL('../../../levels/sandbox.json', import.meta.url), 'utf8')) as ScenarioSpec);
const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

describe('commands made from the command definitions', () => {
  it('every well-formed command is accepted by validateCommand, unchanged (2,000 commands)', () => {
    fc.assert(
      fc.property(wellFormedCommandArb(ids), (cmd) => {
        const result = validateCommand(cmd);
        if (!result.ok) throw new Error(`refused ${show(cmd)}: ${result.reason}`);
        expect(isDeepStrictEqual(result.value, cmd), show(cmd)).toBe(true);
      }),
      { ...RUN, numRuns: 2000 },
    );
  });

  it('every command with a spoiled field is refused by validateCommand (2,000 commands)', () => {
    fc.assert(
      fc.property(malformedFieldsCommandArb(ids), (cmd) => {
        const result = validateCommand(cmd);
        if (result.ok) throw new Error(`accepted ${show(cmd)}, though ${whyMalformed(cmd)}`);
      }),
      { ...RUN, numRuns: 2000 },
    );
  });

  it('what is not a command at all is refused', () => {
    fc.assert(
      fc.property(malformedCommandArb, (input) => {
        expect(validateCommand(input).ok, show(input)).toBe(false);
      }),
      { ...RUN, numRuns: 100 },
    );
  });

  it('every command type and every kind of spoiling comes up', () => {
    const types = new Set(fc.sample(wellFormedCommandArb(ids), { seed: 1, numRuns: 2000 }).map((c) => c.type));
    expect([...types].sort()).toEqual(COMMANDS.map((c) => c.type).sort());
    const whys = fc.sample(malformedFieldsCommandArb(ids), { seed: 1, numRuns: 2000 }).map((c) => whyMalformed(c) ?? '');
    for (const kind of ['is not a field', 'is required', 'is not a valid string', 'is not a listed value', 'longer than its limit', 'is not a valid integer', 'is not a valid number', 'above its maximum', 'more items than its limit', 'an entry:', 'healthCheck.']) {
      expect(whys.some((w) => w.includes(kind)), kind).toBe(true);
    }
  });
});

describe('arbitraryFor and malformedFor on the level format', () => {
  const problemsOf = (value: unknown): string[] => {
    const problems = new ProblemList('generated.json', 5);
    validateShape(levelSchema, value, problems);
    return problems.toArray().map((p) => `${p.path}: ${p.message}`);
  };

  it('every value it makes has the level format\'s shape (300 levels)', () => {
    fc.assert(
      fc.property(arbitraryFor(levelSchema), (level) => {
        expect(problemsOf(level)).toEqual([]);
      }),
      { ...RUN, numRuns: 300 },
    );
  });

  it('every value it spoils is refused (300 levels)', () => {
    fc.assert(
      fc.property(malformedFor(levelSchema), ({ value, why }) => {
        expect(problemsOf(value).length, why).toBeGreaterThan(0);
      }),
      { ...RUN, numRuns: 300 },
    );
  });
});
