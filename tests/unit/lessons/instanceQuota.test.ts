import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/levels/problems';
import { parseLevel } from '../../../src/levels/parseLevel';
import { LEVEL_LIMITS } from '../../../src/shared/levelLimits';
import { at, eventsOf, run, scenario, webTier, EAST } from './build';

/**
 * The game's cap on instances at once (src/sim/services/instance/instanceQuota.ts): an estate of
 * 20,000 froze the page for seconds, so neither a level nor the player's commands may go past it.
 */
const CAP = LEVEL_LIMITS.instancesAtOnce;
const group = (id: string, max: number) => ({ id, region: 'us-east-1', zones: [...EAST.zones], type: 'm5.large', min: 0, max, desired: 0 });
const rejections = (sim: ReturnType<typeof run>) => eventsOf(sim, 'command.rejected').map((e) => e.detail);

describe('at most LEVEL_LIMITS.instancesAtOnce instances at once', () => {
  it('refuses a launch once the instances and the groups\' maximums reach the cap, and takes it again when one is gone', () => {
    const s = scenario({ estate: webTier(2, 'm5.large', EAST.zones, { scalingGroups: [group('fleet', CAP - 2)] }), durationSeconds: 600 });
    const sim = run(s, [
      at(10, { type: 'instance.launch', zoneId: 'use1-az1', instanceType: 'm5.large' }),
      at(20, { type: 'instance.terminate', instanceId: 'web-1' }),
      at(30, { type: 'instance.launch', zoneId: 'use1-az1', instanceType: 'm5.large' }),
    ]);
    expect(rejections(sim)).toEqual([
      `instance.launch: the game runs at most ${CAP} instances at once (standalone instances plus each Auto Scaling group's max); this estate holds ${CAP}, so 1 more do not fit: terminate some, or lower a group's max`,
    ]);
    expect(eventsOf(sim, 'instance.launched')).toHaveLength(1);
  });

  it('refuses a group, or a larger max, that does not fit, and allows one that does', () => {
    const s = scenario({ estate: webTier(100, 'm5.large', EAST.zones, { scalingGroups: [group('fleet', 300)] }), durationSeconds: 600 });
    const sim = run(s, [
      at(10, { type: 'scalingGroup.create', regionId: 'us-east-1', zoneIds: ['use1-az1'], instanceType: 'm5.large', min: 0, max: 101, desired: 0 }),
      at(20, { type: 'scalingGroup.configure', scalingGroupId: 'fleet', max: 401 }),
      at(30, { type: 'scalingGroup.create', regionId: 'us-east-1', zoneIds: ['use1-az1'], instanceType: 'm5.large', min: 0, max: 100, desired: 0 }),
      // Lowering a max is always allowed, even at the cap.
      at(40, { type: 'scalingGroup.configure', scalingGroupId: 'fleet', max: 200 }),
    ]);
    expect(rejections(sim)).toEqual([
      expect.stringMatching(/^scalingGroup\.create: .* this estate holds 400, so 101 more do not fit/),
      expect.stringMatching(/^scalingGroup\.configure: .* this estate holds 400, so 101 more do not fit/),
    ]);
    expect(sim.world.scalingGroups.map((g) => g.max)).toEqual([200, 100]);
  });

  it('skips a scheduled raise of max that would pass the cap', () => {
    const s = scenario({ estate: webTier(CAP - 100, 'm5.large', EAST.zones, { scalingGroups: [{ ...group('fleet', 100), scheduled: [{ atSeconds: 60, max: 101 }, { atSeconds: 120, max: 50 }] }] }), durationSeconds: 300 });
    const sim = run(s);
    expect(sim.world.scalingGroups[0]!.max).toBe(50);
    const runUntil = run({ ...s, durationSeconds: 100 });
    expect(runUntil.world.scalingGroups[0]!.max).toBe(100);
  });

  it('refuses a level whose estate passes the cap, naming the fix', () => {
    const l = JSON.parse(readFileSync(new URL('../../../levels/sandbox.json', import.meta.url), 'utf8')) as { estate: { scalingGroups?: unknown[] } };
    l.estate.scalingGroups = [group('fleet-a', 300), group('fleet-b', 197)];
    const fits = parseLevel(l, 'x.json');
    expect(fits.ok ? [] : fits.problems.map(formatProblem)).toEqual([]);
    l.estate.scalingGroups = [group('fleet-a', 300), group('fleet-b', 198)];
    const p = parseLevel(l, 'x.json');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems.map(formatProblem)).toEqual([`x.json › estate: the estate holds ${CAP + 1} instances (its instances plus each Auto Scaling group's max); the game runs at most ${CAP} at once (remove instances or lower the groups' max so the total is at most ${CAP})`]);
  });
});
