/** Region and AZ states as a shape and a word, never colour alone (the estate list, the board's headers). */
const PLACE_STATE_WORDS: Readonly<Record<string, string>> = {
  available: '● available',
  impaired: '▲ impaired',
  down: '✖ down',
  recovering: '◔ recovering',
};

export const placeStateWord = (state: string): string => PLACE_STATE_WORDS[state] ?? state;
