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

  it('active/active offers no "Fail over": the form says Route 53 moves the traffic by itself', () => {
    const world = createWorld(scenario, 1);
    const setUp = actionsFor(world, { kind: 'region', id: 'us-east-1' }).find((a) => a.command.type === 'dr.setPosture')!;
    expect(setUp.form!.consequence!({ primary: 'us-east-1', dr: 'us-west-2', posture: 'activeActive' })).toMatch(/Route 53 health checks move it off a failed Region by themselves/);
    expect(applyCommand(world, setUp.form!.build({ primary: 'us-east-1', dr: 'us-west-2', posture: 'activeActive' }), []).ok).toBe(true);
    for (const id of ['us-east-1', 'us-west-2']) expect(actionsFor(world, { kind: 'region', id }).map((a) => a.command.type)).not.toContain('region.failOver');
  });
});

describe('raising the DR posture from the UI', () => {
  const { scenario } = campaignLevel('08-parachute');

  it('a pilot light can be raised to warm standby later in the run, which builds the standby fleet (it was once per run)', () => {
    const world = createWorld(scenario, 1);
    const setUp = actionsFor(world, { kind: 'region', id: 'us-east-1' }).find((a) => a.command.type === 'dr.setPosture')!;
    expect(applyCommand(world, setUp.form!.build({ primary: 'us-east-1', dr: 'us-west-2', posture: 'pilotLight' }), []).ok).toBe(true);
    const raise = actionsFor(world, { kind: 'region', id: 'us-west-2' }).find((a) => a.command.type === 'dr.setPosture')!;
    expect(raise.label).toBe('Raise DR posture…');
    const choices = raise.form!.fields[0]!;
    expect(choices.kind === 'choice' && choices.options.map((o) => o.label)).toEqual(['warm standby', 'multi-site active/active']);
    expect(raise.legal.ok).toBe(true);
    const replicas = world.databases[0]!.replicas.length;
    expect(applyCommand(world, raise.form!.build({ posture: 'warmStandby' }), []).ok).toBe(true);
    expect(world.dr!.posture).toBe('warmStandby');
    expect(world.dr!.loadBalancerId).not.toBeNull();
    // The standby fleet is an Auto Scaling group of one (a quarter of four), which launches it.
    expect(world.scalingGroups.find((g) => g.id === world.dr!.scalingGroupId)).toMatchObject({ regionId: 'us-west-2', desired: 1, min: 1, loadBalancerId: world.dr!.loadBalancerId });
    // The pilot light's replica is kept, not doubled.
    expect(world.databases[0]!.replicas).toHaveLength(replicas);
  });

  it('refuses lowering a posture, or changing its Regions, with a reason', () => {
    const world = createWorld(scenario, 1);
    expect(applyCommand(world, { type: 'dr.setPosture', posture: 'warmStandby', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' }, []).ok).toBe(true);
    const lower = applyCommand(world, { type: 'dr.setPosture', posture: 'pilotLight', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' }, []);
    expect(lower.ok ? '' : lower.reason).toMatch(/raised, not lowered/);
    const swap = applyCommand(world, { type: 'dr.setPosture', posture: 'activeActive', primaryRegionId: 'us-west-2', drRegionId: 'us-east-1' }, []);
    expect(swap.ok ? '' : swap.reason).toMatch(/not its Regions/);
  });
});
