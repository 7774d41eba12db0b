import { describe, expect, it } from 'vitest';
import { type Score } from '../../../src/sim';
import { axisScores } from '../../../src/view/debrief/axisScores';

const base: Score = {
  uptimePct: 98.889,
  requestSuccessPct: 99.5,
  dataLostSeconds: 0,
  costMicros: 1_130_539,
  costUsd: 1.130539,
  ledgerUsd: {},
  errorBudgetMinutesLeft: 1,
  longestOutageSeconds: 120,
  stars: 3,
  outcome: 'won',
};
const level = { objectives: { slaPct: 98, budgetUsd: 1.5 }, par: { uptimePct: 98.889, costUsd: 1.14 } };

describe('stars on each axis, against target and par', () => {
  it('three stars: the SLA on the uptime axis, budget and par on the cost axis', () => {
    const [uptime, cost] = axisScores(base, level);
    expect(uptime).toMatchObject({ axis: 'uptime', value: '98.89 %', par: 'Par 98.889 %: at par' });
    expect(uptime!.checks).toEqual([{ star: 1, label: 'SLA target 98 %', met: true, earned: true, detail: 'met' }]);
    expect(uptime!.notes).toEqual(['Error budget: 1 bad minute to spare', 'Requests served: 99.50 %']);
    expect(cost).toMatchObject({ axis: 'cost', value: '$1.13', par: 'Par $1.14: $0.01 under par' });
    expect(cost!.checks.map((c) => [c.star, c.label, c.earned])).toEqual([
      [2, 'Within budget $1.50', true],
      [3, 'At or under par $1.14', true],
    ]);
    expect(cost!.gauge.value).toBeLessThan(cost!.gauge.target!);
  });

  it('a missed SLA: the budget is met but its star waits for the first one', () => {
    const [uptime, cost] = axisScores({ ...base, uptimePct: 81.111, stars: 0, outcome: 'lost', errorBudgetMinutesLeft: -31, costUsd: 0.97 }, level);
    expect(uptime!.checks[0]).toMatchObject({ met: false, earned: false, detail: 'missed' });
    expect(uptime!.par).toBe('Par 98.889 %: 17.78 points short of par');
    expect(uptime!.notes[0]).toBe('Error budget overspent by 31 minutes');
    expect(cost!.checks[0]).toMatchObject({ met: true, earned: false, detail: 'met, but needs ★ first' });
  });

  it('RPO and RTO objectives join the first star; a met test on a star not earned says what it waits on; over budget says by how much', () => {
    const [uptime, cost] = axisScores(
      { ...base, dataLostSeconds: 120, longestOutageSeconds: 300, costUsd: 2, stars: 0 },
      { objectives: { slaPct: 98, budgetUsd: 1.5, rpoSeconds: 60, rtoSeconds: 600 }, par: { costUsd: 1.14 } },
    );
    expect(uptime!.checks.map((c) => [c.label, c.met, c.detail])).toEqual([
      ['SLA target 98 %', true, 'met, but ★ also needs the RPO'],
      ['Data lost at most 60 s (RPO)', false, '120 s lost'],
      ['Longest interruption at most 00:10:00 (RTO)', true, '00:05:00 measured (met), but ★ also needs the RPO'],
    ]);
    // Never "Star 1 not earned … ✔ met" with nothing to say why.
    for (const c of uptime!.checks) if (c.met && !c.earned) expect(c.detail).toMatch(/, but ★ also needs /);
    expect(uptime!.par).toBeNull();
    expect(cost!.checks[0]!.detail).toBe('over by $0.50');
    expect(cost!.checks[1]!.detail).toBe('$0.86 over par');
  });

  it('two tests missed: both are named', () => {
    const [uptime] = axisScores(
      { ...base, dataLostSeconds: 120, longestOutageSeconds: 900, stars: 0, outcome: 'lost' },
      { objectives: { slaPct: 98, rpoSeconds: 60, rtoSeconds: 600 } },
    );
    expect(uptime!.checks[0]!.detail).toBe('met, but ★ also needs the RPO and the RTO');
  });
});
