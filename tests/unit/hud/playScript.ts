import { GameSession } from '../../../src/runtime/session';
import { type ScenarioSpec, type ScriptedCommand } from '../../../src/sim';

/**
 * A session played from a script, one simulated second at a time, as the HUD sees it: `each` runs
 * after every step (return true to stop early).
 */
export function playScript(scenario: ScenarioSpec, script: readonly ScriptedCommand[], each: (s: GameSession) => boolean | void, seed = 1): GameSession {
  const s = new GameSession({ scenario, seed, paused: true });
  const todo = [...script];
  while (!s.isFinished) {
    while (todo.length > 0 && todo[0]!.atSeconds <= s.world.tick) s.dispatch(todo.shift()!.command);
    s.stepOnce();
    if (each(s) === true) break;
  }
  return s;
}
