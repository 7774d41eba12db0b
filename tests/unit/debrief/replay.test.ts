import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/runtime/session';
import { type ScriptedCommand, type ScenarioSpec, simulate } from '../../../src/sim';
import { createReplay } from '../../../src/view/debrief/replayRun';
import { campaignLevel } from './helpers';

/** Plays a level as a player would: the clock runs, and each command is dispatched when its moment comes. */
function playLikeAPerson(scenario: ScenarioSpec, seed: number, script: readonly ScriptedCommand[]): GameSession {
  const session = new GameSession({ scenario, seed, paused: true });
  let next = 0;
  while (!session.isFinished) {
    while (next < script.length && script[next]!.atSeconds === session.world.tick) session.dispatch(script[next++]!.command);
    // Bursts of real time, as the fixed-step loop delivers them.
    session.advance(Math.min(37, (script[next]?.atSeconds ?? Number.POSITIVE_INFINITY) - session.world.tick));
  }
  return session;
}

describe('Watch replay: re-simulating a run from its level, seed and command log', () => {
  const { scenario, win, lose } = campaignLevel('04-spare-tyre');

  it.each([
    ['reference solution', win],
    ['without the lesson', lose],
  ])('04 spare tyre, %s: the replay ends with the same uptime, cost and score as the run', (_name, script) => {
    const run = playLikeAPerson(scenario, 1, script);
    expect(run.log).toEqual(script);
    const replay = createReplay({ scenario: run.scenario, seed: run.seed, log: run.log });
    expect(replay.seek(replay.durationTicks)).toBe(true);
    expect(replay.session.isFinished).toBe(true);
    expect(replay.refused).toBe(0);
    expect(replay.session.score.uptimePct).toBe(run.score.uptimePct);
    expect(replay.session.score.costUsd).toBe(run.score.costUsd);
    expect(replay.session.score).toEqual(run.score);
    expect(replay.session.log).toEqual(run.log);
    // And the headless runner agrees with both.
    const headless = simulate(scenario, { seed: 1, script: run.log });
    expect(headless.score).toEqual(run.score);
  });

  it('08 parachute, reference solution (DR posture, Region failover): the replay reproduces uptime, cost and data lost', () => {
    const level = campaignLevel('08-parachute');
    const run = playLikeAPerson(level.scenario, 3, level.win);
    const replay = createReplay({ scenario: level.scenario, seed: 3, log: run.log });
    replay.seek(replay.durationTicks);
    expect(replay.refused).toBe(0);
    expect(replay.session.score).toEqual(run.score);
    expect(replay.session.score.dataLostSeconds).toBeGreaterThan(0);
  });

  it('shows the same moment whichever way it was reached: straight there, or back from later', () => {
    const run = playLikeAPerson(scenario, 1, win);
    const straight = createReplay({ scenario, seed: 1, log: run.log });
    straight.seek(3700);
    const scrubbed = createReplay({ scenario, seed: 1, log: run.log });
    scrubbed.seek(9000);
    scrubbed.seek(3700);
    expect(scrubbed.tick).toBe(3700);
    expect(scrubbed.session.world.metrics).toEqual(straight.session.world.metrics);
    expect(scrubbed.session.world.ledger).toEqual(straight.session.world.ledger);
    // Then on to the end, in small steps (playback), to the run's own result.
    while (!scrubbed.seek(scrubbed.durationTicks, 250));
    expect(scrubbed.session.score).toEqual(run.score);
  });

  it('steps a bounded number of ticks per call, and clamps the target to the run', () => {
    const replay = createReplay({ scenario, seed: 1, log: win });
    expect(replay.seek(1000, 100)).toBe(false);
    expect(replay.tick).toBe(100);
    expect(replay.seek(-5)).toBe(true);
    expect(replay.tick).toBe(0);
    expect(replay.seek(1e9, 50)).toBe(false);
    expect(replay.tick).toBe(50);
  });
});
