import type { GameSession } from '../../runtime/session';
import { type ScriptedCommand } from '../../sim';
import { createReplay, type ReplayRun } from '../debrief/replayRun';

/** The par strategy running beside the player's session, on the player's clock. */
export interface ParRun {
  /** The re-simulated reference solution (read `run.session` like a live session). */
  readonly run: ReplayRun;
  dispose(): void;
}

/**
 * Runs the level's reference solution (levels/solutions/<id>.win.json) on the same level and seed
 * as `player`, one clock for both: the par session has no loop of its own and steps to the
 * player's tick after every step the player's session takes (real-time frame, single step or test
 * fast-forward alike). Pausing or changing the player's speed therefore moves both together.
 */
export function coupleToPar(player: GameSession, script: readonly ScriptedCommand[]): ParRun {
  const run = createReplay({ scenario: player.scenario, seed: player.seed, log: script });
  const follow = () => {
    if (run.tick !== player.world.tick) run.seek(player.world.tick);
  };
  follow();
  const unsubscribe = player.subscribe(follow);
  return {
    run,
    dispose() {
      unsubscribe();
      run.dispose();
    },
  };
}
