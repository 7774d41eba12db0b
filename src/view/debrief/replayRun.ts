import { type ScriptedCommand, type ScenarioSpec } from '../../sim';
import { GameSession } from '../../runtime/session';
import { commandsByTick } from './replaySchedule';

/** What a replay needs, and all it trusts: the level, the seed and the command log. */
export interface ReplaySource {
  scenario: ScenarioSpec;
  seed: number;
  log: readonly ScriptedCommand[];
}

export interface ReplayRun {
  /** The re-simulated run, at `tick`. Read it like a live session (world, recorder, score). */
  readonly session: GameSession;
  readonly tick: number;
  readonly durationTicks: number;
  /** Logged commands the replay's World refused: 0 unless the simulation stopped being deterministic. */
  readonly refused: number;
  /**
   * Moves toward `target` (clamped to the run), stepping at most `maxSteps` ticks; going back
   * starts again from tick 0 in a fresh session. Returns true once the replay is at the target.
   */
  seek(target: number, maxSteps?: number): boolean;
  dispose(): void;
}

/**
 * Re-simulates a run from its level, seed and command log in a fresh, paused GameSession: the
 * logged commands go through `dispatch` at their recorded ticks, just as the player's did, so every
 * number shown is recomputed, never read back from the recording.
 */
export function createReplay(source: ReplaySource): ReplayRun {
  const byTick = commandsByTick(source.log);
  const fresh = () => new GameSession({ scenario: source.scenario, seed: source.seed, paused: true });
  let session = fresh();
  let refused = 0;
  const durationTicks = session.world.durationTicks;

  const stepOne = () => {
    for (const command of byTick.get(session.world.tick) ?? []) {
      if (!session.dispatch(command).ok) refused += 1;
    }
    session.stepOnce();
  };

  return {
    get session() {
      return session;
    },
    get tick() {
      return session.world.tick;
    },
    durationTicks,
    get refused() {
      return refused;
    },
    seek(target, maxSteps = Number.POSITIVE_INFINITY) {
      const to = Math.max(0, Math.min(durationTicks, Math.round(target)));
      if (to < session.world.tick) {
        session.dispose();
        session = fresh();
        refused = 0;
      }
      for (let n = 0; n < maxSteps && session.world.tick < to && !session.isFinished; n++) stepOne();
      return session.world.tick === to || session.isFinished;
    },
    dispose() {
      session.dispose();
    },
  };
}
