import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/runtime/session';
import { runScenario } from '../../../src/sim';
import { coupleToPar } from '../../../src/view/classroom/parRun';
import { campaignLevel } from '../debrief/helpers';

describe('side by side: the par strategy runs on the player’s clock', () => {
  const { scenario, win } = campaignLevel('04-spare-tyre');

  it('steps with every real-time frame, single step and fast-forward; pauses and speeds up with it', () => {
    const player = new GameSession({ scenario, seed: 7 });
    const par = coupleToPar(player, win);
    expect(par.run.session.seed).toBe(7);
    let now = 0;
    player.loop.frame(now);
    for (let i = 0; i < 30; i++) player.loop.frame((now += 1000 / 60));
    expect(player.world.tick).toBeGreaterThan(0);
    expect(par.run.tick).toBe(player.world.tick);

    player.loop.pause();
    const held = player.world.tick;
    player.loop.frame((now += 5000));
    expect([player.world.tick, par.run.tick]).toEqual([held, held]);

    player.loop.resume();
    player.setSpeedFactor(8);
    player.loop.frame((now += 1000 / 60));
    player.loop.frame((now += 1000 / 60));
    expect(player.world.tick - held).toBeGreaterThanOrEqual(5);
    expect(par.run.tick).toBe(player.world.tick);

    player.advance(1);
    expect(par.run.tick).toBe(player.world.tick);
    par.dispose();
  });

  it('the player’s commands do not touch the par world; at the end par scores what the solution scores', () => {
    const player = new GameSession({ scenario, seed: 3, paused: true });
    const par = coupleToPar(player, win);
    player.dispatch({ type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2' });
    expect(par.run.session.world.faults).toEqual([]);
    player.advance(1_000_000);
    expect(par.run.tick).toBe(scenario.durationSeconds);
    expect(par.run.refused).toBe(0);
    const expected = runScenario(scenario, { seed: 3, script: win });
    expect([par.run.session.score.uptimePct, par.run.session.score.costUsd]).toEqual([expected.uptimePct, expected.costUsd]);
    // Detached: the player moving on no longer moves par.
    par.dispose();
  });
});
