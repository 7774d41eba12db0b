import { fail, ok, type Result } from '../shared/result';

/**
 * A level shared as a link: the JSON, deflated and base64url-encoded into the URL fragment
 * (`#level=…`), so it never reaches a server. Both directions are capped: a link longer than
 * MAX_LINK_CHARS is refused, and inflating stops at MAX_LEVEL_BYTES so a hostile link (a "zip
 * bomb") cannot exhaust the page.
 */
export const MAX_LINK_CHARS = 32_000;
export const MAX_LEVEL_BYTES = 1024 * 1024;
export const LINK_PREFIX = 'level=';

export async function encodeLevelLink(levelJsonText: string): Promise<Result<string>> {
  const bytes = new TextEncoder().encode(levelJsonText);
  if (bytes.length > MAX_LEVEL_BYTES) return fail(`the level is ${Math.round(bytes.length / 1024)} kB; a link holds at most ${MAX_LEVEL_BYTES / 1024} kB`);
  const packed = await collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  if (!packed.ok) return packed;
  const text = toBase64Url(packed.value);
  if (text.length + LINK_PREFIX.length > MAX_LINK_CHARS) return fail(`the link would be ${text.length} characters; the limit is ${MAX_LINK_CHARS} — share the file instead`);
  return ok(LINK_PREFIX + text);
}

/** Reads `#level=…` (with or without the '#'); returns the level's JSON text. */
export async function decodeLevelLink(fragment: string): Promise<Result<string>> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(LINK_PREFIX)) return fail('this link holds no level (it should end in #level=…)');
  const data = body.slice(LINK_PREFIX.length);
  if (data.length > MAX_LINK_CHARS) return fail(`the level link is ${data.length} characters; the limit is ${MAX_LINK_CHARS}`);
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return fail('the level link is damaged: it has characters a level link never contains');
  let packed: Uint8Array;
  try {
    packed = fromBase64Url(data);
  } catch {
    return fail('the level link is damaged: it is not valid base64url');
  }
  const inflated = await collect(new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')), MAX_LEVEL_BYTES);
  if (!inflated.ok) return inflated;
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(inflated.value));
  } catch {
    return fail('the level link is damaged: its contents are not text');
  }
}

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Result<Uint8Array>> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        return fail(`the level in this link unpacks to more than ${maxBytes / 1024} kB; the limit is ${maxBytes / 1024} kB`);
      }
      parts.push(value);
    }
  } catch {
    return fail('the level link is damaged: it does not unpack');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return ok(out);
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
