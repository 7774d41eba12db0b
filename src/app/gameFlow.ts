import type { SoundBoard } from '../audio/soundBoard';
import type { Announce } from '../view/announcer';
import { createFlowActor, type FlowActor } from './flowActor';
import type { LevelLibrary } from './levelLibrary';
import type { PlayerData } from './playerData';
import { createRunSessions, type RunSessions } from './runSessions';

export interface GameFlowOptions {
  library: LevelLibrary;
  player: Pick<PlayerData, 'recordRun'>;
  sound: Pick<SoundBoard, 'play' | 'onSimEvents'>;
  announce: Announce;
  /** Test mode: runs never start their real-time clock. */
  testMode: boolean;
  /** The speed factor every run starts at (a deep link's ?speed=, else 1×). */
  startSpeed: number;
  /** The flow left an imported replay's screen. */
  endReplay(): void;
}

/**
 * The flow actor and the runs it starts, without a page: what happens when a run starts, finishes
 * (its cue, its saved result, its announcement) and goes. Kept apart from startApp so that tests
 * can drive the real wiring in Node.
 */
export function createGameFlow(opts: GameFlowOptions): { flow: FlowActor; runs: RunSessions } {
  const runs: RunSessions = createRunSessions({
    lookup: opts.library.lookup,
    testMode: opts.testMode,
    startSpeed: opts.startSpeed,
    onEvents: (events) => opts.sound.onSimEvents(events),
    // The session notices its own end; the flow decides what that means.
    onFinished: () => flow.send({ type: 'FINISH' }),
  });
  const flow: FlowActor = createFlowActor({
    startRun: (levelId, seed) => void runs.start(levelId, seed),
    finishRun() {
      const run = runs.current;
      if (!run) return;
      const sc = run.score;
      opts.sound.play(sc.outcome === 'won' ? 'win' : 'lose');
      // A level of the player's own (file, drop, link, edited replay) is never written to saved progress.
      if (!opts.library.isOwn(run.scenario)) opts.player.recordRun(run.scenario.id, sc);
      opts.announce(`${run.scenario.title}: ${sc.outcome === 'won' ? 'won' : 'lost'}, ${sc.stars} of 3 stars.`, true);
    },
    endRun: () => runs.end(),
    endReplay: () => opts.endReplay(),
  });
  return { flow, runs };
}
