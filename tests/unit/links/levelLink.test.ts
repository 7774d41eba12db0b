import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeLevelLink, encodeLevelLink, MAX_LINK_CHARS } from '../../../src/levels/levelLink';
import { parseLevelText } from '../../../src/levels/parseLevel';

const sandboxText = readFileSync(new URL('../../../levels/sandbox.json', import.meta.url), 'utf8');

describe('level links (#level=…)', () => {
  it('round-trips a level through the URL fragment', async () => {
    const link = await encodeLevelLink(sandboxText);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.value.startsWith('level=')).toBe(true);
    expect(link.value.length).toBeLessThan(sandboxText.length);
    const back = await decodeLevelLink(`#${link.value}`);
    expect(back).toEqual({ ok: true, value: sandboxText });
    expect(parseLevelText(back.ok ? back.value : '', 'link').ok).toBe(true);
  });

  it('refuses a fragment without a level, damaged characters, and junk that does not unpack', async () => {
    expect(await decodeLevelLink('#foo=1')).toEqual({ ok: false, reason: 'this link holds no level (it should end in #level=…)' });
    expect(await decodeLevelLink('#level=abc$%')).toEqual({ ok: false, reason: 'the level link is damaged: it has characters that never appear in one' });
    expect(await decodeLevelLink('#level=AAAAAAAAAAAAAAAA')).toMatchObject({ ok: false });
  });

  it('refuses an over-long link before decoding it', async () => {
    const r = await decodeLevelLink(`#level=${'A'.repeat(MAX_LINK_CHARS + 1)}`);
    expect(r).toEqual({ ok: false, reason: `the level link is ${MAX_LINK_CHARS + 1} characters; the limit is ${MAX_LINK_CHARS}` });
  });

  it('stops inflating a zip bomb at the size limit', async () => {
    // 20 MB of spaces deflates to a few kB: the link is short, the contents are not.
    const bomb = new Uint8Array(await new Response(new Blob([' '.repeat(20 * 1024 * 1024)]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
    let bin = '';
    for (const b of bomb) bin += String.fromCharCode(b);
    const link = `#level=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(link.length).toBeLessThan(MAX_LINK_CHARS);
    const r = await decodeLevelLink(link);
    expect(r).toEqual({ ok: false, reason: 'the level link unpacks to more than 1024 kB; the limit is 1024 kB' });
  });
});
