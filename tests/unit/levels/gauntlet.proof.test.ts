import { describe, expect, it } from 'vitest';
import { mayWinMatches, runGauntlet } from '../../../src/levels/gauntlet/runGauntlet';
import { strategiesFor } from '../../../src/levels/gauntlet/strategies';
import { campaignLevel } from '../debrief/helpers';

/** The strategy gauntlet (docs/levels.md §4.5): the shortcuts it tries, and that it catches one that wins. */
describe('the strategy gauntlet', () => {
  const { scenario, win } = campaignLevel('04-spare-tyre');

  it('generates the shortcuts from the level and its reference', () => {
    const names = strategiesFor(scenario, win, new Map([['other', []]])).map((s) => s.name);
    expect(names).toEqual(['nothing', 'overProvision×2', 'overProvision×3', 'singleAz:use1-az1', 'singleAz:use1-az2', 'singleAz:use1-az3', 'late:1@3540', 'without:1', 'without:2', 'without:3', 'without:4', 'other:other']);
    const single = strategiesFor(scenario, win, new Map()).find((s) => s.name === 'singleAz:use1-az2')!.script;
    // The reference's group is confined to the one AZ; its terminations of the starting servers stay.
    expect(single[0]!.command).toMatchObject({ type: 'scalingGroup.create', zoneIds: ['use1-az2'] });
    expect(single.filter((c) => c.command.type === 'instance.terminate')).toHaveLength(3);
  });

  it('catches the shortcut the old level 4 allowed: everything moved out of the AZ that a fixed fault named', () => {
    const named = { ...scenario, faults: { scheduled: [{ atSeconds: 3600, kind: 'zone.powerInterruption' as const, target: 'use1-az1', durationSeconds: 1800 }] } };
    const old = runGauntlet(named, win, new Map(), [1, 2, 3]);
    expect(old.failures).toEqual([
      'singleAz:use1-az2 (the reference with the whole fleet in use1-az2) wins ★★★ on 3 of 3 seeds without the lesson',
      'singleAz:use1-az3 (the reference with the whole fleet in use1-az3) wins ★★★ on 3 of 3 seeds without the lesson',
    ]);
    // With the power cut aimed at the busiest AZ (the level as it is now), no shortcut wins.
    const now = runGauntlet(scenario, win, new Map(), [1, 2, 3]);
    expect(now.failures).toEqual([]);
    expect(now.reference.threeStars).toBe(3);
    // A level can declare a shortcut that is not one: then it is not held against it.
    expect(runGauntlet(named, win, new Map(), [1, 2, 3], ['singleAz:*']).failures).toEqual([]);
  });

  it('tries sticky sessions instead of the store, and one big box instead of many, where a level sells them', () => {
    const level3 = campaignLevel('03-horizontal-scaling');
    const strategies = strategiesFor(level3.scenario, level3.win, new Map());
    const sticky = strategies.find((s) => s.name === 'sticky')!.script;
    expect(sticky.filter((c) => c.command.type === 'session.setMode')).toEqual([]);
    expect(sticky[0]).toEqual({ atSeconds: 0, command: { type: 'loadBalancer.configure', loadBalancerId: 'shop-alb', sticky: true } });
    expect(sticky).toHaveLength(level3.win.length);
    const big = strategies.find((s) => s.name === 'oneBigBox')!.script;
    expect(big.find((c) => c.command.type === 'instance.launch')!.command).toMatchObject({ instanceType: 'm5.24xlarge', loadBalancerId: 'shop-alb' });
    // Level 3 loses servers during the run: neither shortcut survives it.
    const result = runGauntlet(level3.scenario, level3.win, new Map(), [1, 2, 3]);
    expect(result.reference.threeStars).toBe(3);
    for (const name of ['sticky', 'oneBigBox', 'largest']) expect(result.strategies.find((r) => r.name === name)!.threeStars).toBe(0);
    // Level 4 sells nothing bigger than its servers: no big box to try.
    expect(strategiesFor(scenario, win, new Map()).some((s) => s.name === 'oneBigBox')).toBe(false);
  });

  it('matches names and families in gauntlet.mayWin', () => {
    expect(mayWinMatches(['singleAz:*'], 'singleAz:use1-az2')).toBe(true);
    expect(mayWinMatches(['without:1'], 'without:1')).toBe(true);
    expect(mayWinMatches(['without:1'], 'without:10')).toBe(false);
    expect(mayWinMatches(['late:*'], 'singleAz:use1-az1')).toBe(false);
  });
});
