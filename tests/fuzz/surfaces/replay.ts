import { verifyReplayText } from '../../../src/replays/replayFile';
import { replayText } from '../replayInputs';
import { verifiedSurface } from './verifiedSurface';

/** A replay file handed in, opened with `npm run replay` or dropped on the teacher's screen. */
export const replay = verifiedSurface('replay', 'src/replays/replayFile.ts verifyReplayText', replayText, (text) => verifyReplayText(text, 'fuzz.replay.json'));
