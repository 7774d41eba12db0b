import fc from 'fast-check';
import { parseLevelText } from '../../../src/levels/parseLevel';
import { hostileText } from '../hostileValues';
import { levelValue } from '../levelInputs';
import { runBriefly } from '../runBriefly';
import { clear, type Surface } from '../surface';
import { applyTextMutations, textMutations } from '../textMutation';

const FILE = 'levels/fuzz.json';

/** Level text, as a file picked in the level editor or loaded by `npm run sim` holds it. */
export const levelText: Surface<{ text: string; seed: number }> = {
  name: 'levelText',
  reads: 'src/levels/parseLevel.ts parseLevelText',
  inputs: fc.record({
    text: fc.oneof(
      { weight: 6, arbitrary: levelValue.map((v) => JSON.stringify(v)) },
      { weight: 2, arbitrary: fc.tuple(levelValue, textMutations(2)).map(([v, m]) => applyTextMutations(JSON.stringify(v, null, 2), m)) },
      { weight: 2, arbitrary: hostileText },
    ),
    seed: fc.nat(),
  }),
  async run({ text, seed }, probe) {
    const result = await probe.read(() => parseLevelText(text, FILE));
    if (!result.ok) {
      if (!clear(result.problems.map((p) => p.message))) probe.unclear(JSON.stringify(result.problems));
      return;
    }
    probe.accepted();
    const broke = runBriefly(result.scenario, seed);
    if (broke !== undefined) probe.broke(broke);
  },
  show: ({ text, seed }) => `seed ${seed}\n${text}`,
};
