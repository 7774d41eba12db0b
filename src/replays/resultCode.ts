import { fail, ok, type Result } from '../shared/result';
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
  const bytes = new TextEncoder().encode(JSON.stringify(replay));
  const packed = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
  let bin = '';
  for (let i = 0; i < packed.length; i += 0x8000) bin += String.fromCharCode(...packed.subarray(i, i + 0x8000));
  return CODE_PREFIX + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function decodeResultCode(code: string): Promise<Result<string>> {
  const text = code.trim();
  if (!text.startsWith(CODE_PREFIX)) return fail(`a result code starts with "${CODE_PREFIX}"`);
  const body = text.slice(CODE_PREFIX.length);
  if (body.length > MAX_CODE_CHARS) return fail(`the code is ${body.length} characters; the limit is ${MAX_CODE_CHARS}`);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return fail('the code is damaged: it has characters a result code never contains');
  let packed: Uint8Array;
  try {
    const bin = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    packed = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return fail('the code is damaged: it is not valid base64url');
  }
  const reader = new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_UNPACKED_BYTES) {
        await reader.cancel();
        return fail('the code unpacks to more than 4 MB: it is not a result code');
      }
      parts.push(value);
    }
  } catch {
    return fail('the code is damaged: it does not unpack (was it cut short when copied?)');
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(all));
  } catch {
    return fail('the code is damaged: its contents are not text');
  }
}

/** Decodes and re-simulates one code; `label` names it in messages (e.g. "code 3" or a student name). */
export async function verifyResultCode(code: string, label: string): Promise<Verified> {
  const text = await decodeResultCode(code);
  if (!text.ok) return { ok: false, problems: [`${label}: ${text.reason}`] };
  return verifyReplayText(text.value, label);
}
