import { describe, expect, it } from 'vitest';
import { applyCommand, createWorld, simulate } from '../../../src/sim';
import { actionsFor } from '../../../src/view/play/actionsFor';
import { campaignLevel } from '../debrief/helpers';

describe('setting up Disaster Recovery from the UI', () => {
  const { scenario, win } = campaignLevel('08-parachute');

  it.each(['us-east-1', 'us-west-2'])('from %s, the form names us-east-1 (serving) as primary and us-west-2 as the DR Region', (selected) => {
    const world = createWorld(scenario, 1);
    const offered = actionsFor(world, { kind: 'region', id: selected }).find((a) => a.command.type === 'dr.setPosture');
    expect(offered?.form).toBeDefined();
    expect(offered!.command).toMatchObject({ primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' });
    const form = offered!.form!;
    const values = { primary: 'us-east-1', dr: 'us-west-2', posture: 'pilotLight' };
    expect(form.build(values)).toEqual(win[0]!.command);
    expect(form.consequence!(values)).toMatch(/^pilot light: a live database replica/);
  });

  it('the reference run, with the form\'s command and the failover offered on either Region, is won ★★★', () => {
    const world = createWorld(scenario, 1);
    const setUp = actionsFor(world, { kind: 'region', id: 'us-west-2' }).find((a) => a.command.type === 'dr.setPosture')!;
    expect(applyCommand(world, setUp.form!.build({ primary: 'us-east-1', dr: 'us-west-2', posture: 'pilotLight' }), []).ok).toBe(true);
    for (const id of ['us-east-1', 'us-west-2']) {
      const failOver = actionsFor(world, { kind: 'region', id }).find((a) => a.command.type === 'region.failOver');
      expect(failOver?.command).toEqual(win[1]!.command);
    }
    const run = simulate(scenario, { seed: 1, script: win });
    expect(run.score.stars).toBe(3);
  });
});
