import { describe, expect, it } from 'vitest';
import type { GameSession } from '../../../src/runtime/session';
import { type SimEvent } from '../../../src/sim';
import { createAnnouncer } from '../../../src/view/announcer';
import { narrate } from '../../../src/view/play/describeEvent';
import { isUnderWay } from '../../../src/view/screens/playScreen';
import { campaignLevel } from '../debrief/helpers';
import { playScript } from './playScript';

describe('every line on screen belongs to the run on screen and to things that still exist', () => {
  it('a line said during one run goes when another run (or no run) is on screen; app lines stay', () => {
    const status = { textContent: '' as string | null };
    const alert = { textContent: '' as string | null };
    const lines = createAnnouncer(status, alert);
    lines.announce('Ready.');
    lines.showRun(1);
    lines.announce('use1-az2 down: 3 of 3 instances lost.', true);
    lines.announce('Spot interruption: i-3 will be reclaimed in two minutes.');
    // The same run's debrief keeps its lines.
    lines.showRun(1);
    expect([status.textContent, alert.textContent]).toEqual(['Spot interruption: i-3 will be reclaimed in two minutes.', 'use1-az2 down: 3 of 3 instances lost.']);
    // A fresh run (side by side or not) and the Class results start clean.
    lines.showRun(2);
    expect([status.textContent, alert.textContent]).toEqual(['', '']);
    lines.announce('Spare tyre started. Space pauses.');
    lines.showRun(null);
    expect(status.textContent).toBe('');
    // A line said on a menu screen is no run's, and stays.
    lines.announce('Classroom mode on: presenter view.');
    lines.showRun(null);
    expect(status.textContent).toBe('Classroom mode on: presenter view.');
    // Withdrawn only while it still says that.
    lines.withdraw('something else');
    expect(status.textContent).toBe('Classroom mode on: presenter view.');
    lines.withdraw('Classroom mode on: presenter view.');
    expect(status.textContent).toBe('');
  });

  /** For the first event of `type` in a level's script: whether its line holds then, and `later` seconds on. */
  function holdsOverTime(level: string, script: 'win' | 'lose', type: SimEvent['type'], later: number): [boolean, boolean] {
    const loaded = campaignLevel(level);
    let found: { e: SimEvent; tick: number; at: boolean } | undefined;
    let after: boolean | undefined;
    playScript(loaded.scenario, loaded[script], (s: GameSession) => {
      if (!found) {
        const e = s.recorder.events.find((x) => x.type === type);
        if (e) found = { e, tick: s.world.tick, at: narrate(e, s.world)!.holds(s.world) };
        return false;
      }
      if (s.world.tick < found.tick + later) return false;
      after = narrate(found.e, s.world)!.holds(s.world);
      return true;
    });
    if (!found || after === undefined) throw new Error(`${level}: no ${type}, or not ${later} s after it`);
    return [found.at, after];
  }

  it('an AZ outage line holds while the AZ is down and goes once it is back (level 4: 30 min power cut)', () => {
    expect(holdsOverTime('04-spare-tyre', 'lose', 'zone.outageStarted', 1800 + 120 + 5)).toEqual([true, false]);
  });

  it('a spot interruption warning goes once the instance is reclaimed (level 6)', () => {
    expect(holdsOverTime('06-spot-and-churn', 'win', 'instance.spotInterruptionNoticed', 125)).toEqual([true, false]);
  });

  it('"Levels" asks only for a run under way: not before it starts, not once it is over', () => {
    expect(isUnderWay({ isFinished: false, log: [], world: { tick: 0 } })).toBe(false);
    expect(isUnderWay({ isFinished: false, log: [{ atSeconds: 0, command: { type: 'instance.reboot', instanceId: 'web-1' } }], world: { tick: 0 } })).toBe(true);
    expect(isUnderWay({ isFinished: false, log: [], world: { tick: 1 } })).toBe(true);
    expect(isUnderWay({ isFinished: true, log: [], world: { tick: 10_800 } })).toBe(false);
  });
});
