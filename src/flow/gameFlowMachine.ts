import { assign, setup } from 'xstate';

/**
 * The game flow, as a live XState actor: boot (loading) → title → level select → briefing →
 * playing ⇄ paused → debrief, with settings reachable from anywhere; from the menus, an imported
 * replay to watch and (from the title) the teacher's class results. The screens render the state;
 * the only way between them is an event.
 *
 * The flow also owns the lifecycle of a run, so no screen has to guess when a GameSession starts or
 * ends: `startRun` on START and RETRY, `finishRun` on FINISH, `endRun` when the run's screens are
 * left (MENU, NEXT), and `endReplay` when an imported replay's screen is left. Here they do nothing;
 * the app (src/app) `provide`s what they do, which keeps this file free of the runtime, audio and
 * storage, and testable as pure transitions.
 */
export type FlowEvent =
  | { type: 'LOADED' }
  | { type: 'CONTINUE' }
  /** `seed` comes from a deep link, the daily challenge or a replay; the default is 1. */
  /** `note` says where a seed that is not the default came from (shown on the briefing). */
  | { type: 'SELECT_LEVEL'; levelId: string; seed?: number; note?: string }
  /** `compare`: play side by side with the level's par solution (classroom). */
  | { type: 'START'; compare?: boolean }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'FINISH' }
  | { type: 'RETRY' }
  | { type: 'NEXT'; levelId: string }
  | { type: 'MENU' }
  | { type: 'OPEN_SETTINGS' }
  | { type: 'CLOSE_SETTINGS' }
  /** An imported replay file was verified: watch it. */
  | { type: 'WATCH_REPLAY' }
  | { type: 'CLASS_RESULTS' };

export interface FlowContext {
  levelId: string | null;
  /** The seed of the runs of this level (a new level choice without one resets it to 1). */
  seed: number;
  /** Side by side with par (set by START, kept by RETRY). */
  compare: boolean;
  /** Why the seed is what it is ("Daily challenge…", "Seed 42, from the link"); null for the default. */
  seedNote: string | null;
  /** Bumped on every start (retry included), so the view knows a fresh session is on screen. */
  runNumber: number;
  /** Bumped on every replay to watch, so the view redraws when one replay replaces another. */
  replayNumber: number;
  settingsOpen: boolean;
}

export const gameFlowMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent },
  actions: {
    chooseLevel: assign({
      levelId: ({ event }) => ('levelId' in event ? event.levelId : null),
      seed: ({ event }) => (event.type === 'SELECT_LEVEL' ? (event.seed ?? 1) : 1),
      seedNote: ({ event }) => (event.type === 'SELECT_LEVEL' ? (event.note ?? null) : null),
    }),
    newRun: assign({ runNumber: ({ context }) => context.runNumber + 1 }),
    newReplay: assign({ replayNumber: ({ context }) => context.replayNumber + 1 }),
    chooseLayout: assign({ compare: ({ event }) => event.type === 'START' && event.compare === true }),
    openSettings: assign({ settingsOpen: true }),
    closeSettings: assign({ settingsOpen: false }),
    // Provided by the app. They run after the assigns listed before them, so they see the new context.
    /** A fresh GameSession for context.levelId and context.seed, replacing (and disposing) any current one. */
    startRun: () => {},
    /** The run reached its end: its cue, its saved result, its announcement. */
    finishRun: () => {},
    /** The run's screens were left: dispose its session. */
    endRun: () => {},
    /** The imported replay's screen was left: dispose its re-simulated session. */
    endReplay: () => {},
  },
}).createMachine({
  id: 'flow',
  initial: 'boot',
  context: { levelId: null, seed: 1, seedNote: null, compare: false, runNumber: 0, replayNumber: 0, settingsOpen: false },
  on: {
    OPEN_SETTINGS: { actions: 'openSettings' },
    CLOSE_SETTINGS: { actions: 'closeSettings' },
  },
  states: {
    boot: { on: { LOADED: 'title' } },
    title: { on: { CONTINUE: 'levelSelect', WATCH_REPLAY: { target: 'replay', actions: 'newReplay' }, CLASS_RESULTS: 'classResults' } },
    levelSelect: {
      on: {
        SELECT_LEVEL: { target: 'briefing', actions: 'chooseLevel' },
        MENU: 'title',
        WATCH_REPLAY: { target: 'replay', actions: 'newReplay' },
      },
    },
    briefing: { on: { START: { target: 'playing', actions: ['newRun', 'chooseLayout', 'startRun'] }, MENU: 'levelSelect' } },
    // Transitions rather than entry/exit actions carry the run's lifecycle: PAUSE and RESUME move
    // between states without touching the session, and a retry from any of them replaces it.
    playing: {
      on: {
        PAUSE: 'paused',
        FINISH: { target: 'debrief', actions: 'finishRun' },
        RETRY: { target: 'playing', reenter: true, actions: ['newRun', 'startRun'] },
        MENU: { target: 'levelSelect', actions: 'endRun' },
      },
    },
    paused: {
      on: {
        RESUME: 'playing',
        FINISH: { target: 'debrief', actions: 'finishRun' },
        RETRY: { target: 'playing', actions: ['newRun', 'startRun'] },
        MENU: { target: 'levelSelect', actions: 'endRun' },
      },
    },
    /** The finished run stays alive here: the debrief charts it and exports its replay. */
    debrief: {
      on: {
        RETRY: { target: 'playing', actions: ['newRun', 'startRun'] },
        NEXT: { target: 'briefing', actions: ['endRun', 'chooseLevel'] },
        MENU: { target: 'levelSelect', actions: 'endRun' },
      },
    },
    /** Watching an imported replay (its own debrief, re-simulated); "play this level" goes to its briefing. */
    replay: {
      on: {
        // The app has already swapped in (and disposed the previous) replay before sending this.
        WATCH_REPLAY: { target: 'replay', reenter: true, actions: 'newReplay' },
        SELECT_LEVEL: { target: 'briefing', actions: ['endReplay', 'chooseLevel'] },
        MENU: { target: 'levelSelect', actions: 'endReplay' },
      },
    },
    classResults: { on: { MENU: 'title' } },
  },
});

export type FlowState = 'boot' | 'title' | 'levelSelect' | 'briefing' | 'playing' | 'paused' | 'debrief' | 'replay' | 'classResults';
