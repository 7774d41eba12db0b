import type { Rect } from '../layout/geometry';
import { INK } from '../look/palette';
import type { LegendItem } from '../../services/entityView';
import { ENTITY_VIEWS } from '../../services/registry';
import { measureText, type TextPool } from './textPool';

/** The key to the board: the glyphs (and colours) each service view's things are drawn with, the same as the estate list's. */
const ITEMS: readonly LegendItem[] = ENTITY_VIEWS.flatMap((v) => v.board.legend ?? []);

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
