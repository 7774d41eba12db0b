import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, createWorld } from '../../../src/sim';
import { GameSession } from '../../../src/runtime/session';
import { FAULT_HOTKEYS, faultChoices, faultCommandFor } from '../../../src/view/classroom/faultHotkeys';
import { campaignLevel } from '../debrief/helpers';

describe('teacher fault hotkeys: Shift+letter → a fault.inject command for the selection', () => {
  const spare = campaignLevel('04-spare-tyre').scenario;
  const dataTier = campaignLevel('07-data-tier').scenario;
  const world = createWorld(spare, 1);

  it('covers every fault the engine knows, each on its own letter', () => {
    expect(FAULT_HOTKEYS.map((k) => k.kind).sort()).toEqual([...FAULT_KINDS].sort());
    expect(new Set(FAULT_HOTKEYS.map((k) => k.key)).size).toBe(FAULT_HOTKEYS.length);
    for (const k of FAULT_HOTKEYS) expect(k.key).toMatch(/^[A-Z]$/);
  });

  it('acts on the selected AZ, instance or Region', () => {
    expect(faultCommandFor(world, { kind: 'zone', id: 'use1-az2' }, 'P')).toMatchObject({ ok: true, command: { type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2' }, text: 'Power cut on use1-az2' });
    expect(faultCommandFor(world, { kind: 'instance', id: 'web-2' }, 'T')).toMatchObject({ ok: true, command: { kind: 'instance.terminate', targetId: 'web-2' } });
    expect(faultCommandFor(world, { kind: 'instance', id: 'web-2' }, 'g')).toMatchObject({ ok: true, command: { kind: 'instance.greyFailure', targetId: 'web-2' } });
    expect(faultCommandFor(world, { kind: 'region', id: 'us-east-1' }, 'R')).toMatchObject({ ok: true, command: { kind: 'region.outage', targetId: 'us-east-1' } });
  });

  it('reaches from what is selected to the place it sits in', () => {
    // An instance selected: Shift+P cuts the power of its AZ, Shift+C its AZ's capacity, Shift+R its Region.
    expect(faultCommandFor(world, { kind: 'instance', id: 'web-1' }, 'P')).toMatchObject({ ok: true, command: { targetId: 'use1-az1' } });
    expect(faultCommandFor(world, { kind: 'instance', id: 'web-1' }, 'C')).toMatchObject({ ok: true, command: { kind: 'zone.insufficientCapacity', targetId: 'use1-az1' } });
    expect(faultCommandFor(world, { kind: 'zone', id: 'use1-az3' }, 'R')).toMatchObject({ ok: true, command: { targetId: 'us-east-1' } });
    expect(faultCommandFor(world, { kind: 'loadBalancer', id: 'shop-alb' }, 'R')).toMatchObject({ ok: true, command: { targetId: 'us-east-1' } });
  });

  it('a traffic spike needs no selection; the others say what to select', () => {
    expect(faultCommandFor(world, null, 'S')).toMatchObject({ ok: true, command: { type: 'fault.inject', kind: 'traffic.spike', spikePct: 300 } });
    expect(faultCommandFor(world, null, 'P')).toEqual(expect.objectContaining({ ok: false, reason: 'Power cut: select an Availability Zone (or something in it) first' }));
    expect(faultCommandFor(world, { kind: 'zone', id: 'use1-az1' }, 'T')).toEqual(expect.objectContaining({ ok: false, reason: 'Terminate: select an instance first' }));
    expect(faultCommandFor(world, { kind: 'service' }, 'D')).toEqual(expect.objectContaining({ ok: false, reason: 'Database primary failure: this level has no database' }));
    expect(faultCommandFor(world, null, 'Q')).toEqual({ ok: false, hotkey: null, reason: 'Shift+Q is not a fault key' });
  });

  it('finds the database of the selection, or the only one', () => {
    const w = createWorld(dataTier, 1);
    const db = w.databases[0]!.id;
    expect(faultCommandFor(w, { kind: 'database', id: db }, 'D')).toMatchObject({ ok: true, command: { kind: 'database.primaryFailure', targetId: db } });
    expect(faultCommandFor(w, { kind: 'service' }, 'D')).toMatchObject({ ok: true, command: { targetId: db } });
  });

  it('every offered command is accepted by the engine and recorded in the log like any other', () => {
    const session = new GameSession({ scenario: spare, seed: 1, paused: true });
    session.advance(10);
    const choices = faultChoices(session.world, { kind: 'instance', id: 'web-3' });
    const kinds = choices.filter((c) => c.ok).map((c) => c.hotkey!.kind);
    expect(kinds).toEqual(['zone.powerInterruption', 'zone.insufficientCapacity', 'instance.terminate', 'instance.stop', 'instance.reboot', 'instance.spotInterruption', 'instance.greyFailure', 'region.outage', 'traffic.spike']);
    const power = faultCommandFor(session.world, { kind: 'instance', id: 'web-3' }, 'P');
    if (!power.ok) throw new Error(power.reason);
    expect(session.dispatch(power.command)).toMatchObject({ ok: true });
    expect(session.log).toEqual([{ atSeconds: 10, command: power.command }]);
    expect(session.world.faults).toEqual([expect.objectContaining({ kind: 'zone.powerInterruption', targetId: 'use1-az1' })]);
    // A spot interruption of an on-demand instance is offered, and the engine says why not.
    const spot = faultCommandFor(session.world, { kind: 'instance', id: 'web-3' }, 'I');
    if (!spot.ok) throw new Error(spot.reason);
    expect(session.dispatch(spot.command)).toEqual({ ok: false, reason: expect.stringContaining('on-demand') });
  });
});
