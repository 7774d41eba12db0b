import { describe, expect, it } from 'vitest';
import { dailyLevelIndex, dailySeed, parseDeepLink } from '../../../src/flow/deepLink';

describe('deep links', () => {
  it('reads level, seed, mode and speed', () => {
    expect(parseDeepLink('?level=spare-tyre&seed=42&mode=classroom&speed=4')).toEqual({ levelId: 'spare-tyre', seed: 42, mode: 'classroom', speed: 4, daily: false, problems: [] });
  });
  it('defaults to play mode and reports what it ignores', () => {
    const link = parseDeepLink('?level=../../etc&seed=-1&mode=god&speed=1000');
    expect(link).toEqual({
      levelId: null,
      seed: null,
      mode: 'play',
      speed: null,
      daily: false,
      problems: [
        'level "../../etc" is not a level id',
        'seed must be a whole number from 0 to 4294967295 (got "-1")',
        'mode must be play, classroom or sandbox (got "god")',
        'speed must be one of 0.5, 1, 2, 4, 8 (got "1000")',
      ],
    });
  });
  it('seeds the daily challenge by the UTC date', () => {
    expect(dailySeed(new Date(Date.UTC(2026, 10, 26, 23, 59)))).toBe(20261126);
    expect(dailyLevelIndex(20261126, 10)).toBe(6);
    expect(parseDeepLink('?daily=1').daily).toBe(true);
  });
});
