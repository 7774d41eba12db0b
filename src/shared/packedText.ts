import { fail, ok, type Result } from './result';

/**
 * Text packed for a URL or a paste: deflate-raw, then base64url. Used by level links and result
 * codes. Unpacking stops at `maxBytes`, so a small hostile input cannot inflate into gigabytes.
 */
export async function packText(text: string): Promise<string> {
  const packed = await readAll(new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
  if (!packed.ok) throw new Error(packed.reason);
  let bin = '';
  for (let i = 0; i < packed.value.length; i += 0x8000) bin += String.fromCharCode(...packed.value.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The reverse of packText; `what` names the input in messages ("the level link", "the code"). */
export async function unpackText(data: string, maxBytes: number, what: string): Promise<Result<string>> {
  if (!/^[A-Za-z0-9_-]*$/.test(data)) return fail(`${what} is damaged: it has characters that never appear in one`);
  let packed: Uint8Array;
  try {
    const bin = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
    packed = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return fail(`${what} is damaged: it is not valid base64url`);
  }
  const inflated = await readAll(new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')), maxBytes);
  if (!inflated.ok) return fail(inflated.reason === 'too big' ? `${what} unpacks to more than ${maxBytes / 1024} kB; the limit is ${maxBytes / 1024} kB` : `${what} is damaged: it does not unpack (was it cut short when copied?)`);
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(inflated.value));
  } catch {
    return fail(`${what} is damaged: its contents are not text`);
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Result<Uint8Array>> {
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
        return fail('too big');
      }
      parts.push(value);
    }
  } catch {
    return fail('damaged');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return ok(out);
}
