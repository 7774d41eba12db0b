import fc from 'fast-check';

/**
 * Damage to a text as it travels: cut short, a character's bits flipped, characters inserted
 * (including lone surrogate halves, NUL and a byte-order mark), a stretch deleted or repeated.
 */
export interface TextMutation {
  kind: 'truncate' | 'flip' | 'insert' | 'delete' | 'repeat' | 'overflow';
  at: number;
  length: number;
  bit: number;
  text: string;
}

const INSERTS = ['\ud800', '\udc00', '\u0000', '\ufeff', '"', '\\', ',', '}', ']', '{', '[', ' ', '\n', '-', '0', 'e9', 'e999', '😀', '%', '%D8%00', '&', '=', '#'];

export const textMutation: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'insert', 'delete', 'repeat', 'overflow'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 64 }),
  bit: fc.integer({ min: 0, max: 15 }),
  text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 4 })),
});

export const textMutations = (max: number): fc.Arbitrary<TextMutation[]> => fc.array(textMutation, { minLength: 1, maxLength: max });

export function applyTextMutations(text: string, mutations: readonly TextMutation[]): string {
  let s = text;
  for (const m of mutations) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    switch (m.kind) {
      case 'truncate':
        s = s.slice(0, at);
        break;
      case 'flip': {
        if (s.length === 0) break;
        const i = at % s.length;
        s = s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ (1 << m.bit)) + s.slice(i + 1);
        break;
      }
      case 'insert':
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      case 'delete':
        s = s.slice(0, at) + s.slice(at + m.length);
        break;
      case 'repeat':
        s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
        break;
      case 'overflow':
        s = overflowNumber(s, m.at, m.bit % 2 === 0 ? '1e999' : '-1e999');
        break;
    }
  }
  return s;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** One number literal in the text becomes one JSON.parse turns into ±Infinity (a hand edit or a bad writer). */
function overflowNumber(text: string, pick: number, literal: string): string {
  const found = [...text.matchAll(NUMBER)];
  if (found.length === 0) return text;
  const m = found[pick % found.length]!;
  return text.slice(0, m.index) + literal + text.slice(m.index + m[0].length);
}

/** Damage to packed bytes (a deflated level or replay), applied under a valid base64url layer. */
export interface ByteMutation {
  kind: 'truncate' | 'flip' | 'set';
  at: number;
  bit: number;
  byte: number;
}

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'set'),
  at: fc.nat(),
  bit: fc.integer({ min: 0, max: 7 }),
  byte: fc.integer({ min: 0, max: 255 }),
});

/** Decodes base64url, damages the bytes and encodes them again, so the damage reaches the inflater. */
export function mutatePackedBytes(base64url: string, mutations: readonly ByteMutation[]): string {
  let bytes = Uint8Array.from(Buffer.from(base64url, 'base64url'));
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const i = m.at % bytes.length;
    if (m.kind === 'truncate') bytes = bytes.slice(0, i);
    else if (m.kind === 'flip') bytes[i] = bytes[i]! ^ (1 << m.bit);
    else bytes[i] = m.byte;
  }
  return Buffer.from(bytes).toString('base64url');
}
