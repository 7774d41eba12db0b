import { STATE_GLYPH } from '../../stateGlyphs';

/** Region, AZ and database states as a glyph and a word: the same glyphs as the estate list. */
export const stateWord = (state: string): string => STATE_GLYPH[state] ?? state;
