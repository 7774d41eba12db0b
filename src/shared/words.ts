/** Abbreviations that stay in capitals when a name becomes words. */
const CAPITALS: Readonly<Record<string, string>> = { dr: 'DR', az: 'AZ', dns: 'DNS' };

/**
 * A camelCase name (a state, a mode) as the words a person reads: "shuttingDown" → "shutting down",
 * "switchingToDr" → "switching to DR". Reasons and messages interpolate states; the player should
 * never read the code's spelling.
 */
export function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((w) => CAPITALS[w] ?? w)
    .join(' ');
}
