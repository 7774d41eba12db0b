import { verifyResultCode } from '../../../src/replays/resultCode';
import { resultCodeText } from '../codeInputs';
import { runBriefly } from '../runBriefly';
import { clear, type Surface } from '../surface';

/** One result code, decoded and re-simulated as the teacher's screen does. */
export const resultCode: Surface<string> = {
  name: 'resultCode',
  reads: 'src/replays/resultCode.ts verifyResultCode (decodeResultCode, then verifyReplayText)',
  inputs: resultCodeText,
  async run(code, probe) {
    const verified = await probe.read(() => verifyResultCode(code, 'code 1'));
    if (!verified.ok) {
      if (!clear(verified.problems)) probe.unclear(JSON.stringify(verified.problems));
      return;
    }
    probe.accepted();
    const { level, seed, commands } = verified.replay;
    const broke = runBriefly(level, seed, commands);
    if (broke !== undefined) probe.broke(broke);
  },
  show: (code) => code,
};
