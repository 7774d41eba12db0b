import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/levels/parseLevel';
import { formatProblem } from '../../../src/levels/problems';
import { faultPlan, type ScenarioSpec } from '../../../src/sim';
import { formatAt, levelClock } from '../../../src/view/format';
import { sandbox } from './helpers';

/**
 * The times a campaign briefing or debrief names are the times the HUD shows when the thing happens:
 * each is computed here from the level's own clock and its scheduled faults or demand curves, so a
 * fault moved in the file, or a clock changed, without its text fails.
 */
const DIR = new URL('../../../levels/campaign/', import.meta.url);
const levels = new Map<string, ScenarioSpec>(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const p = parseLevel(JSON.parse(readFileSync(new URL(f, DIR), 'utf8')), f);
      if (!p.ok) throw new Error(p.problems.map(formatProblem).join('\n'));
      return [p.scenario.id, p.scenario] as const;
    }),
);
const level = (id: string): ScenarioSpec => levels.get(id)!;
const hhmm = (s: ScenarioSpec, tick: number) => formatAt(levelClock(s), tick, { seconds: false });
/** The time without a day label ("Tue 10:00" → "10:00"): briefings say "tomorrow" in words. */
const time = (s: ScenarioSpec, tick: number) => hhmm(s, tick).slice(-5);
const firstFault = (s: ScenarioSpec) => faultPlan(s, 1)[0]!.atSeconds;
const curve = <K extends string>(s: ScenarioSpec, kind: K) => s.traffic.curves.find((c) => c.kind === kind) as Extract<ScenarioSpec['traffic']['curves'][number], { kind: K }>;

describe('campaign briefings and debriefs speak the clock the HUD shows', () => {
  it('level 1 runs from Monday 06:00 to Tuesday 10:00, and the day pair is back at 07:00', () => {
    const s = level('lifecycle');
    expect(s.briefing).toContain(`It is ${time(s, 0)} on Monday`);
    expect(hhmm(s, 0)).toBe('Mon 06:00');
    expect(hhmm(s, s.durationSeconds)).toBe('Tue 10:00');
    expect(s.briefing).toContain('until 10:00 on Tuesday');
    // The daily wave peaks peakHour hours after the start: "peak around 14:00".
    expect(s.briefing).toContain(`peak around ${time(s, curve(s, 'dailyWave').peakHour * 3600)}`);
  });

  it('level 2 starts at 18:00, its advert ramps from 08:00 to 10:00, and it ends at 14:00', () => {
    const s = level('vertical-scaling');
    const ramp = curve(s, 'ramp');
    expect(s.briefing).toMatch(new RegExp(`^${time(s, 0)}\\.`));
    expect(s.briefing).toContain(`at ${time(s, ramp.startSeconds)} tomorrow`);
    expect(s.briefing).toContain(`by ${time(s, ramp.endSeconds)} the site`);
    expect(s.briefing).toContain(`by ${time(s, s.durationSeconds)} when the level ends`);
  });

  it('level 6\'s spring sale runs when its demand spike does', () => {
    const s = level('spot-and-churn');
    const sale = curve(s, 'spike');
    expect(s.briefing).toContain(`from ${time(s, sale.atSeconds)} to ${time(s, sale.atSeconds + sale.durationSeconds)}`);
    expect(time(s, sale.atSeconds)).toBe('10:30');
  });

  it('level 9\'s flash sale is announced for the moment its demand triples', () => {
    const s = level('flash-sale');
    expect(s.briefing).toContain(`a flash sale at ${time(s, curve(s, 'spike').atSeconds)}`);
    expect(time(s, curve(s, 'spike').atSeconds)).toBe('11:00');
  });

  it.each([
    ['data-tier', '01:32'],
    ['parachute', '05:30'],
  ])('%s: the debrief names the fault\'s time on the clock (%s)', (id, expected) => {
    const s = level(id);
    expect(hhmm(s, firstFault(s))).toBe(expected);
    expect(s.debrief).toContain(`At ${expected}`);
  });
});

describe('the clock field', () => {
  it('accepts a time of day and a weekday, and leaves a level without one on elapsed time', () => {
    const l = sandbox();
    l.clock = { startsAt: '23:05', weekday: 'Sunday' };
    const p = parseLevel(l, 'x.json');
    expect(p.ok && p.scenario.clock).toEqual({ startsAt: '23:05', weekday: 'Sunday' });
    const plain = parseLevel(sandbox(), 'x.json');
    expect(plain.ok && 'clock' in plain.scenario).toBe(false);
  });

  it.each([['6:00'], ['24:00'], ['06:60'], ['06.00']])('refuses "%s" and says how to write it', (startsAt) => {
    const l = sandbox();
    l.clock = { startsAt };
    const p = parseLevel(l, 'x.json');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(formatProblem(p.problems[0]!)).toMatch(/clock\.startsAt: .*"HH:MM" on a 24-hour clock/);
  });

  it('refuses an unknown weekday', () => {
    const l = sandbox();
    l.clock = { startsAt: '06:00', weekday: 'Mon' };
    const p = parseLevel(l, 'x.json');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(formatProblem(p.problems[0]!)).toMatch(/clock\.weekday: "Mon" is not a day of the week/);
  });
});

describe('a fault that hits the busiest AZ', () => {
  it('spare-tyre: the briefing gives the time an operator would be warned of, and neither text names the AZ', () => {
    const s = level('spare-tyre');
    const f = s.faults.scheduled![0]!;
    expect(f.target).toBe('busiest');
    expect(s.briefing).toContain(`at ${time(s, f.atSeconds!)} one AZ may go dark`);
    for (const text of [s.briefing!, s.debrief!]) expect(text).not.toMatch(/use1-az\d lost power/);
  });
});

describe('a fault drawn from a window', () => {
  it.each(['second-engine'])('%s: the briefing gives the window an operator would be warned of, and neither text names the AZ or the second', (id) => {
    const s = level(id);
    const f = s.faults.scheduled![0]!;
    expect(f.target).toBe('busiest');
    const [from = 0, to = 0] = f.between!;
    expect(s.briefing).toContain(`between ${time(s, from)} and ${time(s, to)}`);
    for (const text of [s.briefing!, s.debrief!]) expect(text).not.toMatch(/At \d\d:\d\d|use1-az\d lost power/);
  });
});
