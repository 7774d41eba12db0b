import { describe, expect, it } from 'vitest';
import { type SimEvent } from '../../../src/sim';
import { describeEvent } from '../../../src/view/play/describeEvent';
import { ELAPSED_CLOCK, formatAt, formatElapsed, formatNowAndEnd, levelClock } from '../../../src/view/format';

/**
 * One clock: every view turns a tick into what the player reads through levelClock + formatAt, so
 * the HUD, the event log, the charts and the debrief agree with the briefing's times of day.
 */
describe('the level clock', () => {
  it('keeps elapsed time when a level has no clock (as every level read before the field)', () => {
    const c = levelClock({ durationSeconds: 200_000 });
    expect(c).toEqual(ELAPSED_CLOCK);
    expect(formatAt(c, 3600)).toBe('01:00:00');
    expect(formatAt(c, 100_800)).toBe('28:00:00');
    expect(formatAt(c, 5400, { seconds: false })).toBe('01:30');
    expect(formatNowAndEnd(c, 600, 7200)).toBe('00:10:00 / 02:00:00');
  });

  it('reads a time of day from the level\'s start, without a day label inside one day', () => {
    const c = levelClock({ durationSeconds: 14_400, clock: { startsAt: '09:00' } });
    expect(formatAt(c, 0)).toBe('09:00:00');
    expect(formatAt(c, 7200 + 59)).toBe('11:00:59');
    expect(formatAt(c, 7200, { seconds: false })).toBe('11:00');
    expect(formatNowAndEnd(c, 600, 14_400)).toBe('09:10:00 (ends 13:00)');
  });

  it('names the weekday, and rolls over midnight into the next one', () => {
    const c = levelClock({ durationSeconds: 100_800, clock: { startsAt: '06:00', weekday: 'Monday' } });
    expect(formatAt(c, 0)).toBe('Mon 06:00:00');
    expect(formatAt(c, 18 * 3600 - 1)).toBe('Mon 23:59:59');
    expect(formatAt(c, 18 * 3600)).toBe('Tue 00:00:00');
    expect(formatAt(c, 100_800, { seconds: false })).toBe('Tue 10:00');
    expect(formatAt(levelClock({ durationSeconds: 60, clock: { startsAt: '23:59', weekday: 'Sunday' } }), 60)).toBe('Mon 00:00:00');
  });

  it('numbers the days of a level that crosses midnight without a weekday', () => {
    const c = levelClock({ durationSeconds: 72_000, clock: { startsAt: '18:00' } });
    expect(formatAt(c, 0)).toBe('Day 1 18:00:00');
    expect(formatAt(c, 14 * 3600)).toBe('Day 2 08:00:00');
  });

  it('durations stay elapsed spans, whatever the clock', () => {
    expect(formatElapsed(90)).toBe('00:01:30');
    expect(formatElapsed(360_000)).toBe('100:00:00');
  });

  it('the event log reads the clock', () => {
    const e: SimEvent = { tick: 3600, type: 'instance.started', subject: 'day-1' } as SimEvent;
    const c = levelClock({ durationSeconds: 100_800, clock: { startsAt: '06:00', weekday: 'Monday' } });
    expect(describeEvent(e, c)).toMatch(/^Mon 07:00:00 /);
    expect(describeEvent(e, ELAPSED_CLOCK)).toMatch(/^01:00:00 /);
  });
});
