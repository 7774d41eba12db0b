import { describe, expect, it } from 'vitest';
import { applyCommand, createWorld, DATABASE, simulate, step } from '../../../src/sim';
import { actionsFor } from '../../../src/view/play/actionsFor';
import { defaultsOf } from '../../../src/view/services/actionForm';
import { campaignLevel } from '../debrief/helpers';

/** The controls for load balancers, replicas, backups, Spot launches and group sizes build the commands AWS's choices mean. */
describe('controls for creating and protecting', () => {
  it('creates a load balancer over the AZs chosen in the form, and it provisions before it serves', () => {
    const { scenario } = campaignLevel('08-parachute');
    const world = createWorld(scenario, 1);
    const a = actionsFor(world, { kind: 'region', id: 'us-west-2' }).find((x) => x.command.type === 'loadBalancer.create')!;
    expect(a.legal.ok).toBe(true);
    const command = a.form!.build({ ...defaultsOf(a.form!), zones: ['usw2-az1', 'usw2-az2'], sticky: 'on' });
    expect(command).toEqual({ type: 'loadBalancer.create', regionId: 'us-west-2', zoneIds: ['usw2-az1', 'usw2-az2'], crossZone: true, sticky: true });
    const before = world.loadBalancers.length;
    expect(applyCommand(world, command, []).ok).toBe(true);
    expect(world.loadBalancers).toHaveLength(before + 1);
    expect(world.loadBalancers.at(-1)!.activeFromTick).toBeGreaterThan(world.tick);
  });

  it('adds a cross-Region replica chosen in the form, then offers its promotion (asking first, as it is one-way)', () => {
    const { scenario } = campaignLevel('10-chaos-day');
    const world = createWorld(scenario, 1);
    const db = world.databases[0]!;
    const add = actionsFor(world, { kind: 'database', id: db.id }).find((x) => x.command.type === 'database.addReadReplica')!;
    const zone = add.form!.fields[0]!;
    expect(zone.kind === 'choice' && zone.options.some((o) => o.label.includes('cross-Region'))).toBe(true);
    expect(actionsFor(world, { kind: 'database', id: db.id }).some((x) => x.command.type === 'database.promoteReplica')).toBe(false);
    expect(applyCommand(world, add.form!.build({ zone: 'usw2-az1' }), []).ok).toBe(true);
    // A cross-Region replica is built from a copied snapshot first: nothing to promote for 30 minutes.
    expect(actionsFor(world, { kind: 'database', id: db.id }).some((x) => x.command.type === 'database.promoteReplica')).toBe(false);
    for (let t = 0; t <= DATABASE.crossRegionReplicaCreateTicks; t++) step(world);
    const promote = actionsFor(world, { kind: 'database', id: db.id }).find((x) => x.command.type === 'database.promoteReplica')!;
    expect(promote.label).toMatch(/usw2-az1/);
    expect(promote.confirm).toMatch(/one-way/);
    expect(promote.legal.ok).toBe(true);
  });

  it('offers "Turn on automated backups" only on a database without them', () => {
    const { scenario } = campaignLevel('07-data-tier');
    const off = { ...scenario, allowedCommands: undefined, estate: { ...scenario.estate, databases: scenario.estate.databases!.map((d) => ({ ...d, backups: false })) } };
    const world = createWorld(off, 1);
    const turnOn = () => actionsFor(world, { kind: 'database', id: 'orders-db' }).find((x) => x.command.type === 'database.enableBackups');
    expect(turnOn()?.legal.ok).toBe(true);
    expect(applyCommand(world, turnOn()!.command, []).ok).toBe(true);
    expect(turnOn()).toBeUndefined();
  });

  it('launches Spot from the AZ\'s launch form', () => {
    const { scenario } = campaignLevel('06-spot-and-churn');
    const world = createWorld(scenario, 1);
    const launch = actionsFor(world, { kind: 'zone', id: 'use1-az2' }).find((x) => x.form && x.command.type === 'instance.launch')!;
    const command = launch.form!.build({ ...defaultsOf(launch.form!), purchase: 'spot' });
    expect(command).toMatchObject({ type: 'instance.launch', zoneId: 'use1-az2', purchase: 'spot' });
    expect(applyCommand(world, command, []).ok).toBe(true);
    expect(world.instances.at(-1)!.purchase).toBe('spot');
  });

  it('sets a group\'s minimum and desired as level 5\'s reference does, and that run is won ★★★', () => {
    const { scenario, win } = campaignLevel('05-second-engine');
    const world = createWorld(scenario, 1);
    const size = actionsFor(world, { kind: 'scalingGroup', id: 'pay' }).find((x) => x.form && x.command.type === 'scalingGroup.configure')!;
    const g = world.scalingGroups.find((x) => x.id === 'pay')!;
    const command = size.form!.build({ min: 5, desired: 5, max: g.max });
    const i = win.findIndex((c) => c.command.type === 'scalingGroup.configure');
    expect(command).toMatchObject(win[i]!.command);
    const script = win.map((c, j) => (j === i ? { atSeconds: c.atSeconds, command } : c));
    expect(simulate(scenario, { seed: 1, script }).score.stars).toBe(3);
  });
});
