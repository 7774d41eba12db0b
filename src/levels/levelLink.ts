import { packText, unpackText } from '../shared/packedText';
import { fail, ok, type Result } from '../shared/result';

/**
 * A level shared as a link: the JSON, deflated and base64url-encoded into the URL fragment
 * (`#level=…`), so it never reaches a server. Both directions are capped: a link longer than
 * MAX_LINK_CHARS is refused, and unpacking stops at MAX_LEVEL_BYTES so a hostile link (a "zip
 * bomb") cannot exhaust the page.
 */
export const MAX_LINK_CHARS = 32_000;
export const MAX_LEVEL_BYTES = 1024 * 1024;
export const LINK_PREFIX = 'level=';

export async function encodeLevelLink(levelJsonText: string): Promise<Result<string>> {
  const size = new TextEncoder().encode(levelJsonText).length;
  if (size > MAX_LEVEL_BYTES) return fail(`the level is ${Math.round(size / 1024)} kB; a link holds at most ${MAX_LEVEL_BYTES / 1024} kB`);
  const text = await packText(levelJsonText);
  if (text.length + LINK_PREFIX.length > MAX_LINK_CHARS) return fail(`the link would be ${text.length} characters; the limit is ${MAX_LINK_CHARS} — share the file instead`);
  return ok(LINK_PREFIX + text);
}

/** Reads `#level=…` (with or without the '#'); returns the level's JSON text. */
export async function decodeLevelLink(fragment: string): Promise<Result<string>> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(LINK_PREFIX)) return fail('this link holds no level (it should end in #level=…)');
  const data = body.slice(LINK_PREFIX.length);
  if (data.length > MAX_LINK_CHARS) return fail(`the level link is ${data.length} characters; the limit is ${MAX_LINK_CHARS}`);
  return unpackText(data, MAX_LEVEL_BYTES, 'the level link');
}
