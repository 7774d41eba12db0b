import { verifyReplayText } from '../../../src/replays/replayFile';
import { replayText } from '../replayInputs';
import { runBriefly } from '../runBriefly';
import { clear, type Surface } from '../surface';

/** A replay file handed in, opened with `npm run replay` or dropped on the teacher's screen. */
export const replay: Surface<string> = {
  name: 'replay',
  reads: 'src/replays/replayFile.ts verifyReplayText',
  inputs: replayText,
  async run(text, probe) {
    const verified = await probe.read(() => verifyReplayText(text, 'fuzz.replay.json'));
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

