import type { Rect } from '../layout/geometry';
import { INK, OKABE_ITO } from '../look/palette';
import { measureText, type TextPool } from './textPool';

/** The key to the tiles: the same glyphs (and colours) the tiles and the estate list use. */
const ITEMS: [glyph: string, word: string, colour: number][] = [
  ['●', 'running', OKABE_ITO.green],
  ['◔', 'booting', OKABE_ITO.skyBlue],
  ['◑', 'stopping', OKABE_ITO.orange],
  ['○', 'stopped', INK.grey],
  ['✕', 'terminated', INK.grey],
  ['!', 'dead, not yet detected', OKABE_ITO.vermillion],
  ['S', 'spot', OKABE_ITO.yellow],
  ['▬', 'busy', 0xffffff],
];

/** Lays the key out left to right, wrapping, as far as `r` allows. */
export function drawLegend(glyphs: TextPool, words: TextPool, r: Rect | null): void {
  glyphs.begin();
  words.begin();
  if (r) {
    const size = { size: 10 };
    const lineH = 14;
    let x = r.x;
    let y = r.y;
    for (const [glyph, word, colour] of ITEMS) {
      const w = 12 + measureText(word, size) + 10;
      if (x + w > r.x + r.w && x > r.x) {
        x = r.x;
        y += lineH;
      }
      if (y + lineH > r.y + r.h) break;
      glyphs.put(x, y, glyph, { color: colour });
      words.put(x + 12, y + 1, word, { color: INK.muted });
      x += w;
    }
  }
  glyphs.end();
  words.end();
}
