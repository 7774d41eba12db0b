import fc from 'fast-check';
import { decodeLevelLink } from '../../../src/levels/levelLink';
import { parseLevelText } from '../../../src/levels/parseLevel';
import { hostileString } from '../hostileValues';
import { levelValue } from '../levelInputs';
import { packSync } from '../packed';
import { runBriefly } from '../runBriefly';
import { clear, type Surface } from '../surface';
import { applyTextMutations, byteMutation, mutatePackedBytes, textMutations } from '../textMutation';

/** A packed level, damaged in its bytes (under valid base64url) or its characters, or neither. */
const packedLevel = fc
  .tuple(levelValue, fc.oneof(fc.constant([]), fc.array(byteMutation, { minLength: 1, maxLength: 2 })))
  .map(([level, bytes]) => mutatePackedBytes(packSync(JSON.stringify(level)), bytes));

/** Links that unpack to too much: a "zip bomb" of one repeated byte, and a big but honest level. */
const BOMBS = [2, 5].map((mb) => packSync(`"${'a'.repeat(mb * 1024 * 1024)}"`));
const bomb = fc.constantFrom(...BOMBS);

/** `#level=…` as the address bar hands it over: the fragment of a shared link. */
export const levelLink: Surface<{ link: string; seed: number }> = {
  name: 'levelLink',
  reads: 'src/levels/levelLink.ts decodeLevelLink, then parseLevelText',
  inputs: fc.record({
    link: fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom('#level=', 'level=', '#level=', '##level=', '#LEVEL=', ''), packedLevel).map(([p, d]) => p + d) },
      { weight: 2, arbitrary: fc.tuple(packedLevel, textMutations(2)).map(([d, m]) => applyTextMutations(`#level=${d}`, m)) },
      { weight: 1, arbitrary: bomb.map((d) => `#level=${d}`) },
      { weight: 1, arbitrary: fc.oneof(hostileString, fc.string({ unit: fc.constantFrom(...'ABCab09-_=+/%#'), maxLength: 40 })).map((s) => `#level=${s}`) },
      { weight: 1, arbitrary: fc.integer({ min: 31_990, max: 32_010 }).map((n) => `#level=${'A'.repeat(n)}`) },
    ),
    seed: fc.nat(),
  }),
  async run({ link, seed }, probe) {
    const text = await probe.read(() => decodeLevelLink(link));
    if (!text.ok) {
      if (!clear([text.reason])) probe.unclear(JSON.stringify(text.reason));
      return;
    }
    const level = await probe.read(() => parseLevelText(text.value, 'level link'));
    if (!level.ok) {
      if (!clear(level.problems.map((p) => p.message))) probe.unclear(JSON.stringify(level.problems));
      return;
    }
    probe.accepted();
    const broke = runBriefly(level.scenario, seed);
    if (broke !== undefined) probe.broke(broke);
  },
  show: ({ link, seed }) => `seed ${seed}\n${link}`,
};
