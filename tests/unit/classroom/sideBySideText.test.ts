import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sim';
import { estateLines } from '../../../src/view/classroom/compactEstate';
import { compareAxes } from '../../../src/view/classroom/comparison';
import { replayFileName } from '../../../src/view/classroom/resultExport';
import { commandWords } from '../../../src/view/commandWords';
import { campaignLevel } from '../debrief/helpers';

describe('side by side, in words', () => {
  it('compares each axis on its own, with the sign and who is ahead', () => {
    expect(compareAxes({ uptimePct: 97.5, costUsd: 0.43 }, { uptimePct: 98.889, costUsd: 0.58 })).toEqual({
      uptime: 'Uptime Δ −1.39 pts: you 97.50 %, par 98.89 % (1.39 points behind par)',
      cost: 'Cost Δ −$0.15: you $0.43, par $0.58 ($0.15 less than par)',
    });
    expect(compareAxes({ uptimePct: 100, costUsd: 2 }, { uptimePct: 99, costUsd: 1.5 })).toEqual({
      uptime: 'Uptime Δ +1.00 pts: you 100.00 %, par 99.00 % (1.00 points ahead of par)',
      cost: 'Cost Δ +$0.50: you $2.00, par $1.50 ($0.50 more than par)',
    });
    expect(compareAxes({ uptimePct: 99, costUsd: 1 }, { uptimePct: 99.001, costUsd: 1.001 })).toEqual({
      uptime: 'Uptime Δ ±0.00 pts: you 99.00 %, par 99.00 % (level with par)',
      cost: 'Cost Δ ±$0.00: you $1.00, par $1.00 (same as par)',
    });
  });

  it('the compact estate counts instances per AZ in words', () => {
    expect(estateLines(createWorld(campaignLevel('04-spare-tyre').scenario, 1))).toEqual([
      'use1-az1 ● available: 3 running',
      'use1-az2 ● available: no instances',
      'use1-az3 ● available: no instances',
      'shop-alb: 3 of 3 targets healthy',
    ]);
  });

  it('replay files are named after the level and seed, safely', () => {
    expect(replayFileName('spare-tyre', 7)).toBe('blast-radius-spare-tyre-seed-7.replay.json');
    expect(replayFileName('../Évil name', 0)).toBe('blast-radius-evil-name-seed-0.replay.json');
  });
});

describe("par's moves, in words", () => {
  it('tells each command as a sentence, never its type', () => {
    const words = (name: string) => campaignLevel(name).win.map((c) => commandWords(c.command));
    expect(words('04-spare-tyre')).toEqual([
      'Create an Auto Scaling group of m5.large over use1-az1, use1-az2, use1-az3 (min 3, desired 3, max 6)',
      'Terminate web-1',
      'Terminate web-2',
      'Terminate web-3',
    ]);
    expect(words('08-parachute')[0]).toBe('Set up Disaster Recovery: pilot light in us-west-2');
    expect(commandWords({ type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az1' })).toBe('Fault: AZ power interruption on use1-az1');
    expect(commandWords({ type: 'scalingGroup.schedule', scalingGroupId: 'web-asg', atSeconds: 7200, min: 9, desired: 9 })).toBe('Schedule web-asg for 02:00:00: min 9, desired 9');
  });
});
