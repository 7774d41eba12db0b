import type { Announcer } from './announcer';
import type { Catalog, CatalogEntry } from '../flow/catalog';
import type { Mode } from '../flow/deepLink';
import type { FlowContext, FlowEvent, FlowState } from '../flow/gameFlowMachine';
import type { Progress } from '../flow/progress';
import type { Settings } from '../flow/settings';
import type { GameSession } from '../runtime/session';
import type { MountBoard } from './board/loadBoard';
import type { ImportedReplay } from './classroom/importReplay';

/** Today's challenge, ready to be sent as SELECT_LEVEL. */
export interface DailyChallenge {
  levelId: string;
  title: string;
  seed: number;
  note: string;
}

/**
 * Everything the view reads from and asks of the app. src/app implements it (the view never imports
 * src/app: the layers above the view depend on it, not the other way round). The view moves between
 * screens only by sending flow events; sessions, sounds, storage and files belong to the app.
 * Members are plain functions (never `this`), so screens can take them as callbacks as they are.
 */
export interface AppPort {
  /** The game-flow actor: the state decides which screen shows. */
  flow: {
    state: () => FlowState;
    context: () => FlowContext;
    send: (event: FlowEvent) => void;
    subscribe: (listener: () => void) => void;
  };
  /** Things to tell the player on the title (a link that was ignored, data set aside, a broken level). */
  notices: () => readonly string[];
  catalog: () => Catalog;
  /** A level by id: the player's own level (file, drop, link) first, then the shipped ones. */
  lookup: (levelId: string) => CatalogEntry | undefined;
  /** The JSON of the player's own level with this id (to share as a link), or null for a shipped one. */
  ownLevelText: (levelId: string) => string | null;
  daily: () => DailyChallenge | null;
  progress: () => Progress;
  settings: () => Settings;
  mode: () => Mode;
  mountBoard: () => MountBoard;
  /** The run the flow started (playing, paused, debrief), or null. */
  session: () => GameSession | null;
  /** The imported replay being watched (state "replay"), or null. */
  replay: () => Extract<ImportedReplay, { ok: true }> | null;

  /** Reads, checks and (when it holds up) opens a level file; otherwise shows its problems. */
  openLevelFile: (file: File) => void;
  /** Verifies a replay file by re-simulating it, then shows it (state "replay"). */
  importReplay: (file: File) => void;
  /** "Play this level" from an imported replay, with its seed. */
  playReplayedLevel: () => void;
  toggleClassroom: () => void;
  changeSettings: (next: Settings) => void;
  announce: (text: string, urgent?: boolean) => void;
  /** The announced lines' lifetimes: which run is on screen, and news that no longer holds. */
  lines: Pick<Announcer, 'showRun' | 'withdraw'>;
}
