/**
 * Deep links: `?level=<id>&seed=<n>&mode=classroom|play|sandbox&speed=<x>` open a level directly;
 * `?daily=1` opens the daily challenge, seeded by the date. Anything malformed is reported and
 * ignored (the game then starts at the title), never thrown.
 */
export type Mode = 'play' | 'classroom' | 'sandbox';

export interface DeepLink {
  levelId: string | null;
  seed: number | null;
  mode: Mode;
  /** Speed multiplier (0.5–8), applied on top of the level's own speed. */
  speed: number | null;
  daily: boolean;
  problems: string[];
}

const SPEEDS = [0.5, 1, 2, 4, 8];

export function parseDeepLink(search: string): DeepLink {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  const link: DeepLink = { levelId: null, seed: null, mode: 'play', speed: null, daily: q.get('daily') === '1', problems };
  const level = q.get('level');
  if (level !== null) {
    if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(level)) link.levelId = level;
    else problems.push(`level "${level.slice(0, 40)}" is not a level id`);
  }
  const seed = q.get('seed');
  if (seed !== null) {
    if (/^\d{1,10}$/.test(seed) && Number(seed) <= 0xffffffff) link.seed = Number(seed);
    else problems.push(`seed must be a whole number from 0 to 4294967295 (got "${seed.slice(0, 20)}")`);
  }
  const mode = q.get('mode');
  if (mode !== null) {
    if (mode === 'play' || mode === 'classroom' || mode === 'sandbox') link.mode = mode;
    else problems.push(`mode must be play, classroom or sandbox (got "${mode.slice(0, 20)}")`);
  }
  const speed = q.get('speed');
  if (speed !== null) {
    const v = Number(speed);
    if (SPEEDS.includes(v)) link.speed = v;
    else problems.push(`speed must be one of ${SPEEDS.join(', ')} (got "${speed.slice(0, 20)}")`);
  }
  return link;
}

/** The daily challenge's seed: the UTC date as a number (2026-11-26 → 20261126), the same for everyone that day. */
export function dailySeed(now: Date): number {
  return now.getUTCFullYear() * 10_000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
}

/** Which campaign level is today's challenge: a stable pick from the date. */
export function dailyLevelIndex(seed: number, levels: number): number {
  return levels > 0 ? seed % levels : 0;
}
