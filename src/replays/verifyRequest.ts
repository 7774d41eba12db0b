import { verifyReplayText, type Verified } from './replayFile';
import { verifyResultCode } from './resultCode';

/** One thing the teacher's screens ask to have re-simulated: a result code, or a replay file's text. */
export type VerifyRequest = { kind: 'code'; code: string; label: string } | { kind: 'replay'; text: string; label: string };

/** What the page posts to the verification worker; `id` pairs the answer with its request. */
export interface VerifyMessage {
  id: number;
  request: VerifyRequest;
}

/**
 * The worker's answer. A check that throws is sent back as its message, so the page words it exactly
 * as it did when it verified on its own thread ("could not be checked (…)").
 */
export type VerifyAnswer = { id: number; ok: true; verified: Verified } | { id: number; ok: false; error: string };

/** The pure functions, unchanged: the worker and the main-thread fallback both run exactly this. */
export function runVerifyRequest(request: VerifyRequest): Promise<Verified> {
  return request.kind === 'code' ? verifyResultCode(request.code, request.label) : Promise.resolve().then(() => verifyReplayText(request.text, request.label));
}

/** The worker's message handler, apart from the worker so a unit test can drive it without one. */
export async function answerVerifyMessage(message: VerifyMessage): Promise<VerifyAnswer> {
  try {
    return { id: message.id, ok: true, verified: await runVerifyRequest(message.request) };
  } catch (err) {
    return { id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
