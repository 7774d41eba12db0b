/** Region, AZ and database states as a glyph and a word (the same glyphs as the estate list). */
export const STATE_WORDS: Record<string, string> = {
  available: '● available',
  impaired: '▲ impaired',
  down: '✖ down',
  recovering: '◔ recovering',
  failingOver: '⇄ failing over',
  restoring: '◔ restoring',
  promoting: '⇧ promoting',
};

export const stateWord = (state: string): string => STATE_WORDS[state] ?? state;
