import fc from 'fast-check';
import { levelSchema } from '../../src/levels/schema/levelSchema';
import { scenarioArb } from '../unit/helpers/arbitraries';
import { arbitraryFor } from '../unit/helpers/arbitraryFor';
import { malformedFor } from '../unit/helpers/malformedFor';
import { LEVEL_V1, LEVEL_VALUES } from './bases';
import { hostileValue } from './hostileValues';
import { applyJsonMutations, jsonMutations } from './jsonMutation';

/**
 * Level-like JSON values: a shipped level, the sandbox as formatVersion 1 or a generated scenario
 * (every reference valid), each spoiled by 0–3 structural mutations; now and then any JSON at all.
 * Unspoiled ones are kept in the mix so that accepted levels reach the simulation.
 */
export const levelValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...LEVEL_VALUES), fc.oneof(fc.constant([]), jsonMutations(3))).map(([level, m]) => applyJsonMutations(level, m)) },
  { weight: 1, arbitrary: jsonMutations(2).map((m) => applyJsonMutations(LEVEL_V1, m)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(scenarioArb({ minDurationSeconds: 60, maxDurationSeconds: 3600 }), fc.oneof(fc.constant([]), jsonMutations(2)))
      .map(([scenario, m]) => applyJsonMutations(scenario, m)),
  },
  // Shape-valid levels read off the schema itself (ids random, so their meaning is mostly wrong),
  // and ones with exactly one thing wrong in their shape: they reach the meaning checks with
  // values no hand-made level has.
  { weight: 2, arbitrary: arbitraryFor(levelSchema) },
  { weight: 1, arbitrary: malformedFor(levelSchema).map((m) => m.value) },
  { weight: 1, arbitrary: hostileValue },
);
