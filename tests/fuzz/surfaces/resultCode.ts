import { verifyResultCode } from '../../../src/replays/resultCode';
import { resultCodeText } from '../codeInputs';
import { verifiedSurface } from './verifiedSurface';

/** One result code, decoded and re-simulated as the teacher's screen does. */
export const resultCode = verifiedSurface('resultCode', 'src/replays/resultCode.ts verifyResultCode (decodeResultCode, then verifyReplayText)', resultCodeText, (code) => verifyResultCode(code, 'code 1'));
