import { describe, expect, it } from 'vitest';
import { activeAlarms } from '../../../src/view/play/alarms';
import { utilisationAlarm } from '../../../src/view/play/utilisationAlarm';
import { campaignLevel } from '../debrief/helpers';
import { playScript } from './playScript';

/** An honest utilisation line: a bounded percentage, or the words for nothing serving. */
const HONEST = /^Utilisation > 85 % \((no serving capacity|over 999 %|\d{1,3} %)\)$/;

describe('the utilisation alarm stays honest when capacity falls to zero', () => {
  it('says "no serving capacity" in words, and bounds the percentage', () => {
    expect(utilisationAlarm({ demandRps: 1200, capacityNowRps: 0 })).toBe('Utilisation > 85 % (no serving capacity)');
    expect(utilisationAlarm({ demandRps: 1200, capacityNowRps: 1000 })).toBe('Utilisation > 85 % (120 %)');
    expect(utilisationAlarm({ demandRps: 800, capacityNowRps: 1000 })).toBeNull();
    expect(utilisationAlarm({ demandRps: 1200, capacityNowRps: 3.125 })).toBe('Utilisation > 85 % (over 999 %)');
    expect(utilisationAlarm({ demandRps: 0, capacityNowRps: 0 })).toBeNull();
  });

  it('through a whole AZ outage with nothing left serving (level 4 lost): never a huge, NaN or Infinity figure', () => {
    const { scenario, lose } = campaignLevel('04-spare-tyre');
    const lines: string[] = [];
    playScript(scenario, lose, (s) => {
      if (s.world.tick % 10 === 0) lines.push(...activeAlarms(s).filter((a) => a.startsWith('Utilisation')));
    });
    // The outage does fire the alarm; each of its lines is honest (this read 9670 % before).
    expect(lines).toContain('Utilisation > 85 % (no serving capacity)');
    for (const line of lines) expect(line).toMatch(HONEST);
  });

  it('a quiet night with its one server running is not "no serving capacity" (ticks with no requests measure no capacity)', () => {
    const { scenario } = campaignLevel('02-vertical-scaling');
    const said: string[] = [];
    playScript(scenario, [], (s) => {
      if (s.world.instances.some((i) => i.state === 'running')) said.push(...activeAlarms(s).filter((a) => a.includes('no serving capacity')));
      return s.world.tick >= 45_000;
    });
    expect(said).toEqual([]);
  });
});
