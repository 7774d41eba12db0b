import type { CatalogEntry } from '../flow/catalog';
import { type SimEvent } from '../sim';
import { GameSession } from '../runtime/session';

export interface RunSessions {
  /** The run being played or debriefed, or null. */
  readonly current: GameSession | null;
  /** A fresh run of a level, replacing (and disposing) the current one; null if the level is unknown. */
  start(levelId: string, seed: number): GameSession | null;
  /** Disposes the current run (its loop stops, its listeners go). */
  end(): void;
}

export interface RunSessionsOptions {
  lookup(levelId: string): CatalogEntry | undefined;
  /** Test mode: the real-time clock never starts, tests advance simulated time themselves. */
  testMode: boolean;
  /** The speed factor every run starts at (a deep link's ?speed=, else 1×). */
  startSpeed: number;
  /** Every batch of simulation events of the current run (the sound board's cues). */
  onEvents(events: readonly SimEvent[]): void;
  /** The run reached its end (the flow's FINISH). */
  onFinished(session: GameSession): void;
}

/** Owns the one GameSession the player is playing: the flow's startRun and endRun call it. */
export function createRunSessions(opts: RunSessionsOptions): RunSessions {
  let current: GameSession | null = null;
  const end = () => {
    current?.dispose();
    current = null;
  };
  return {
    get current() {
      return current;
    },
    start(levelId, seed) {
      end();
      const entry = opts.lookup(levelId);
      if (!entry) return null;
      const session = new GameSession({ scenario: entry.scenario, seed, paused: opts.testMode, onFinished: opts.onFinished });
      session.setSpeedFactor(opts.startSpeed);
      // session.dispose() clears its listeners, so the cues stop with the run.
      session.subscribe((events) => opts.onEvents(events));
      current = session;
      if (!opts.testMode) session.start();
      return session;
    },
    end,
  };
}
