import fc from 'fast-check';
import { hostileString } from './hostileValues';
import { packSync } from './packed';
import { replayValue } from './replayInputs';
import { applyTextMutations, byteMutation, mutatePackedBytes, textMutations } from './textMutation';

/**
 * Result codes as students paste them: "BR1-" and a packed replay (see replayInputs.ts), damaged in
 * its packed bytes or its characters, wrapped by a chat client, or not a code at all.
 */
const packedReplay = fc
  .tuple(replayValue, fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) }))
  .map(([replay, bytes]) => mutatePackedBytes(packSync(JSON.stringify(replay)), bytes));

const BOMB = packSync(`"${'a'.repeat(6 * 1024 * 1024)}"`);

export const resultCodeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom('BR1-', 'BR1-', ' BR1-', 'br1-', 'BR2-', ''), packedReplay).map(([p, d]) => p + d) },
  { weight: 2, arbitrary: fc.tuple(packedReplay, textMutations(2)).map(([d, m]) => applyTextMutations(`BR1-${d}`, m)) },
  { weight: 1, arbitrary: fc.constant(`BR1-${BOMB}`) },
  { weight: 1, arbitrary: fc.oneof(hostileString, fc.string({ unit: fc.constantFrom(...'ABCab09-_=+/ \n'), maxLength: 40 })).map((s) => `BR1-${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 199_990, max: 200_010 }).map((n) => `BR1-${'A'.repeat(n)}`) },
);
