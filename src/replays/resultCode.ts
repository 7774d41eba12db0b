import { packText, unpackText } from '../shared/packedText';
import { fail, type Result } from '../shared/result';
import { verifyReplayText, type ReplayFile, type Verified } from './replayFile';

/**
 * A result code: a student's replay, deflated and base64url-encoded behind a "BR1-" prefix, short
 * enough to paste into a form or a chat. The teacher's screen decodes and re-simulates each one;
 * the numbers in it are never trusted.
 */
export const CODE_PREFIX = 'BR1-';
export const MAX_CODE_CHARS = 200_000;
const MAX_UNPACKED_BYTES = 4 * 1024 * 1024;

export async function encodeResultCode(replay: ReplayFile): Promise<string> {
  return CODE_PREFIX + (await packText(JSON.stringify(replay)));
}

export async function decodeResultCode(code: string): Promise<Result<string>> {
  const text = code.trim();
  if (!text.startsWith(CODE_PREFIX)) return fail(`a result code starts with "${CODE_PREFIX}"`);
  const body = text.slice(CODE_PREFIX.length);
  if (body.length > MAX_CODE_CHARS) return fail(`the code is ${body.length} characters; the limit is ${MAX_CODE_CHARS}`);
  if (body.length === 0) return fail('the code is empty after "BR1-"');
  return unpackText(body, MAX_UNPACKED_BYTES, 'the code');
}

/** Decodes and re-simulates one code; `label` names it in messages (e.g. "code 3" or a student name). */
export async function verifyResultCode(code: string, label: string): Promise<Verified> {
  const text = await decodeResultCode(code);
  if (!text.ok) return { ok: false, problems: [`${label}: ${text.reason}`] };
  return verifyReplayText(text.value, label);
}
