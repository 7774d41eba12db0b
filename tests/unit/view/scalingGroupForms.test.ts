import { describe, expect, it } from 'vitest';
import { checkCommand, createWorld, simulate, step } from '../../../src/sim';
import { actionsFor } from '../../../src/view/play/actionsFor';
import type { FormValues } from '../../../src/view/services/actionForm';
import { createGroupAction, scheduleAction } from '../../../src/view/services/scalingGroupForms';
import { campaignLevel } from '../debrief/helpers';

const defaults = (fields: readonly { name: string; kind: string; value?: unknown; values?: unknown }[]): Record<string, FormValues[string]> =>
  Object.fromEntries(fields.map((f) => [f.name, (f.kind === 'multi' ? f.values : f.value) as FormValues[string]]));

describe('the Auto Scaling group forms', () => {
  it('04 spare tyre: "Create Auto Scaling group…" is offered on the Region, and its defaults are the reference solution\'s group', () => {
    const { scenario, win } = campaignLevel('04-spare-tyre');
    const world = createWorld(scenario, 1);
    const offered = actionsFor(world, { kind: 'region', id: 'us-east-1' }).find((a) => a.command.type === 'scalingGroup.create');
    expect(offered?.form).toBeDefined();
    expect(offered!.legal).toEqual({ ok: true, value: true });
    const reference = win.find((c) => c.command.type === 'scalingGroup.create')!.command;
    // The defaults size it like the fleet already there (type, count), over every AZ, behind its load balancer, with ELB checks.
    expect(offered!.command).toEqual({ ...reference, purchase: 'onDemand' });
    // Played with the form's defaults in place of the reference's command, the level is still won ★★★.
    const script = win.map((c) => (c.command.type === 'scalingGroup.create' ? { ...c, command: offered!.command } : c));
    const run = simulate(scenario, { seed: 1, script });
    expect(run.score.outcome).toBe('won');
    expect(run.score.stars).toBe(3);
  });

  it('builds what the player chose, and the simulation says why a choice is refused', () => {
    const { scenario } = campaignLevel('04-spare-tyre');
    const world = createWorld(scenario, 1);
    const form = createGroupAction(world, 'us-east-1')!.form!;
    const values = { ...defaults(form.fields), zones: ['use1-az1', 'use1-az3'], purchase: 'spot', min: 2, desired: 4, max: 8, loadBalancer: '', healthCheck: 'ec2' };
    expect(form.build(values)).toEqual({ type: 'scalingGroup.create', regionId: 'us-east-1', zoneIds: ['use1-az1', 'use1-az3'], instanceType: 'm5.large', purchase: 'spot', min: 2, desired: 4, max: 8, healthCheckType: 'ec2' });
    expect(form.consequence!(values)).toMatch(/^4 × m5\.large launch now/);
    const noZones = checkCommand(world, form.build({ ...values, zones: [] }));
    expect(noZones.ok ? '' : noZones.reason).toMatch(/choose AZs of us-east-1/);
    const inverted = checkCommand(world, form.build({ ...values, min: 5, desired: 4 }));
    expect(inverted.ok).toBe(false);
  });

  it('"Schedule a change…" on a group sets its sizes at a time from now', () => {
    const { scenario } = campaignLevel('09-flash-sale');
    const world = createWorld(scenario, 1);
    for (let t = 0; t < 120; t++) step(world);
    const g = world.scalingGroups[0]!;
    const offered = actionsFor(world, { kind: 'scalingGroup', id: g.id }).find((a) => a.command.type === 'scalingGroup.schedule');
    expect(offered?.form).toBeDefined();
    const form = scheduleAction(world, g).form!;
    const command = form.build({ ...defaults(form.fields), inMinutes: 30, min: 2, desired: 6, max: 10 });
    expect(command).toEqual({ type: 'scalingGroup.schedule', scalingGroupId: g.id, atSeconds: 120 + 1800, min: 2, desired: 6, max: 10 });
    expect(checkCommand(world, command)).toEqual({ ok: true, value: true });
  });
});
