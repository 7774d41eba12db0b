import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/levels/problems';
import { parseLevel } from '../../../src/levels/parseLevel';
import { faultPlan, type ScheduledFaultSpec } from '../../../src/sim';
import { describeFaults, predictionStops } from '../../../src/view/classroom/predictionStops';
import { EAST, eventsOf, run, scenario, WEST, webTier } from './build';
import { sandbox } from '../levels/helpers';

/** Issue 10: fault targets chosen when the fault starts (busiest, random) and times drawn from windows. */
const powerCut = (target: string, at: Partial<ScheduledFaultSpec> = { atSeconds: 600 }): ScheduledFaultSpec => ({ kind: 'zone.powerInterruption', target, durationSeconds: 600, ...at });
const hit = (sim: ReturnType<typeof run>) => eventsOf(sim, 'fault.started').map((e) => e.subject);
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe('a fault that hits the busiest target (Murphy\'s law)', () => {
  it('finds the fleet wherever the player moved it', () => {
    for (const zone of EAST.zones) {
      const s = scenario({ estate: webTier(3, 'm5.large', [zone]), durationSeconds: 1200, faults: { scheduled: [powerCut('busiest')] } });
      for (const seed of [1, 2, 3]) expect(hit(run(s, [], seed))).toEqual([zone]);
    }
  });

  it('counts serving capacity, not instances: one m5.xlarge outweighs one m5.large', () => {
    const s = scenario({ estate: { ...webTier(1, 'm5.large', ['use1-az1']), instances: [{ id: 'web-1', zone: 'use1-az1', type: 'm5.large', loadBalancer: 'web-alb' }, { id: 'big-1', zone: 'use1-az3', type: 'm5.xlarge', loadBalancer: 'web-alb' }] }, durationSeconds: 1200, faults: { scheduled: [powerCut('busiest')] } });
    expect(hit(run(s))).toEqual(['use1-az3']);
  });

  it('breaks a tie with the seed: an even spread can be hit in any AZ', () => {
    const s = scenario({ estate: webTier(3, 'm5.large', EAST.zones), durationSeconds: 1200, faults: { scheduled: [powerCut('busiest')] } });
    const zones = SEEDS.map((seed) => hit(run(s, [], seed))[0]);
    expect(new Set(zones)).toEqual(new Set(EAST.zones));
    // The same seed, the same zone.
    expect(SEEDS.map((seed) => hit(run(s, [], seed))[0])).toEqual(zones);
  });

  it('a Region outage hits the Region serving the traffic', () => {
    const s = scenario({ regions: [EAST, WEST], estate: { ...webTier(2, 'm5.large', ['usw2-az1']), loadBalancers: [{ id: 'web-alb', region: 'us-west-2', zones: [...WEST.zones] }], dns: { endpoints: [{ id: 'shop', region: 'us-west-2', target: 'web-alb' }] } }, durationSeconds: 1200, faults: { scheduled: [{ kind: 'region.outage', target: 'busiest', atSeconds: 600, durationSeconds: 300 }] } });
    expect(hit(run(s))).toEqual(['us-west-2']);
  });
});

describe('a fault that hits a random target', () => {
  it('is a seeded pick: the same on a seed, spread over the AZs across seeds', () => {
    const s = scenario({ estate: webTier(3, 'm5.large', ['use1-az1']), durationSeconds: 1200, faults: { scheduled: [powerCut('random')] } });
    const zones = SEEDS.map((seed) => hit(run(s, [], seed))[0]);
    expect(new Set(zones)).toEqual(new Set(EAST.zones));
    expect(SEEDS.map((seed) => hit(run(s, [], seed))[0])).toEqual(zones);
  });
});

describe('a fault in a window', () => {
  const windowed = scenario({ estate: webTier(3, 'm5.large', EAST.zones), durationSeconds: 7200, faults: { scheduled: [powerCut('use1-az1', { between: [1800, 5400] })] } });

  it('starts at a second drawn from the window with the seed, the same every time, different across seeds', () => {
    const starts = SEEDS.map((seed) => eventsOf(run(windowed, [], seed), 'fault.started')[0]!.tick);
    for (const t of starts) expect([t >= 1800, t <= 5400]).toEqual([true, true]);
    expect(new Set(starts).size).toBeGreaterThan(15);
    expect(SEEDS.map((seed) => faultPlan(windowed, seed)[0]!.atSeconds)).toEqual(starts);
  });

  it('faults given the same window start together (a power cut and the capacity crunch it causes), other windows apart', () => {
    const s = scenario({ ...windowed, faults: { scheduled: [powerCut('busiest', { between: [1800, 5400] }), { kind: 'zone.insufficientCapacity', target: 'use1-az2', between: [1800, 5400] }, { kind: 'zone.insufficientCapacity', target: 'use1-az3', between: [1800, 5401] }] } });
    const together = SEEDS.map((seed) => faultPlan(s, seed).map((f) => f.atSeconds));
    for (const [a, b] of together) expect(b).toBe(a);
    expect(together.filter(([a, , c]) => a !== c).length).toBeGreaterThan(15);
  });

  it('the classroom stop comes before the drawn second, and the question names the busiest AZ without naming it', () => {
    const [stop] = predictionStops(windowed, 7);
    const at = faultPlan(windowed, 7)[0]!.atSeconds;
    expect(stop).toMatchObject({ faultTick: at, pauseTick: at - 30 });
    const busiest = scenario({ ...windowed, faults: { scheduled: [powerCut('busiest', { between: [1800, 5400] })] } });
    expect(describeFaults(predictionStops(busiest, 7)[0]!.faults)).toMatch(/the busiest AZ/);
  });

  it('the level checker wants exactly one of atSeconds and between, a window that opens before it closes, and within the level', () => {
    const problems = (f: Record<string, unknown>) => {
      const l = sandbox() as { faults: { scheduled: Record<string, unknown>[] } };
      l.faults.scheduled = [{ kind: 'zone.powerInterruption', target: 'use1-az1', ...f }];
      const p = parseLevel(l, 'x.json');
      return p.ok ? [] : p.problems.map(formatProblem);
    };
    expect(problems({ between: [600, 1200] })).toEqual([]);
    expect(problems({ atSeconds: 600, between: [600, 1200] })).toEqual(['x.json › faults.scheduled[0].between: a fault starts at atSeconds or in a between window, not both (remove one of them)']);
    expect(problems({})).toEqual(['x.json › faults.scheduled[0]: the fault has no time (add atSeconds (a fixed second) or between: [from, to] (a window the seed draws the second from))']);
    expect(problems({ between: [1200, 600] })).toEqual(['x.json › faults.scheduled[0].between: the window [1200, 600] does not open before it closes (write [from, to] with from before to)']);
    expect(problems({ between: [600, 9000] })).toEqual(['x.json › faults.scheduled[0].between[1]: starts at 9000 s, but the level ends at 7200 s (use a time below 7200, or lengthen durationSeconds)']);
    expect(problems({ between: [600] })[0]).toMatch(/between: .*at least 2/);
    expect(problems({ target: 'busiest', atSeconds: 600 })).toEqual([]);
  });

  it('refuses "busiest" or "random" as the id of a thing', () => {
    const l = sandbox() as { estate: { instances: { id: string }[] } };
    l.estate.instances[0]!.id = 'busiest';
    const p = parseLevel(l, 'x.json');
    expect(p.ok ? [] : p.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/"busiest" is a word a scheduled fault's target uses/));
  });
});
