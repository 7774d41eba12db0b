import type fc from 'fast-check';
import type { Verified } from '../../../src/replays/replayFile';
import { runBriefly } from '../runBriefly';
import { clear, type Surface } from '../surface';

/**
 * A surface that verifies a hand-in (a replay file, a result code): a refusal must say why, and an
 * accepted run must then play without breaking the game.
 */
export function verifiedSurface(name: string, reads: string, inputs: fc.Arbitrary<string>, verify: (text: string) => Verified | Promise<Verified>): Surface<string> {
  return {
    name,
    reads,
    inputs,
    async run(text, probe) {
      const verified = await probe.read(() => verify(text));
      if (!verified.ok) {
        if (!clear(verified.problems)) probe.unclear(JSON.stringify(verified.problems));
        return;
      }
      probe.accepted();
      const { level, seed, commands } = verified.replay;
      const broke = runBriefly(level, seed, commands);
      if (broke !== undefined) probe.broke(broke);
    },
    show: (text) => text,
  };
}
