import { parseLevel } from '../levels/parseLevel';
import { formatProblem } from '../levels/problems';
import type { GameSession } from '../runtime/session';
import { installTestHooks, type TestSnapshot } from '../runtime/testHooks';
import { type ScriptedCommand, runScenario } from '../sim';

/** What the test hooks need to see of the running app (the flow, its run, the view's redraw). */
export interface AppProbe {
  scene(): string;
  levelId(): string | null;
  session(): GameSession | null;
  /** Redraws the current screen at once (after a synchronous advance). */
  redraw(): void;
}

/**
 * `?test=1`: `window.__blastRadius` with snapshot(), dispatch(command), advance(seconds) and
 * runScenario(). It drives the same session the player's screen shows, never a copy, so what a
 * test sees is what the player would.
 */
export function installAppTestHooks(app: AppProbe): void {
  const snapshot = (): TestSnapshot => {
    const s = app.session();
    const sc = s?.score;
    return {
      scene: app.scene(),
      levelId: app.levelId(),
      simSeconds: s?.world.tick ?? 0,
      uptimePct: sc?.uptimePct ?? 100,
      costUsd: sc?.costUsd ?? 0,
      outcome: s && sc ? (s.isFinished ? sc.outcome : 'running') : 'running',
    };
  };
  installTestHooks({
    snapshot,
    dispatch: (command) => {
      const s = app.session();
      // applyCommand validates the shape itself: a malformed command comes back refused.
      return s ? s.dispatch(command as never) : { ok: false, reason: 'no level is being played' };
    },
    advance(simSeconds) {
      app.session()?.advance(simSeconds);
      app.redraw();
      return snapshot();
    },
    runScenario(scenarioJson, seed, script) {
      const level = parseLevel(scenarioJson, 'runScenario');
      if (!level.ok) throw new Error(level.problems.map(formatProblem).join('\n'));
      return runScenario(level.scenario, script === undefined ? { seed } : { seed, script: script as ScriptedCommand[] });
    },
  });
}
