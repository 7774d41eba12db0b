import { assign, setup } from 'xstate';

/**
 * The game flow, as a live XState actor: boot (loading) → title → level select → briefing →
 * playing ⇄ paused → debrief, with settings reachable from anywhere; from the menus, an imported
 * replay to watch and (from the title) the teacher's class results. The screens render the state;
 * the only way between them is an event.
 */
export type FlowEvent =
  | { type: 'LOADED' }
  | { type: 'CONTINUE' }
  /** `seed` comes from a deep link, the daily challenge or a replay; the default is 1. */
  | { type: 'SELECT_LEVEL'; levelId: string; seed?: number }
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
  /** Bumped on every start, so the view knows to build a fresh session (retry included). */
  runNumber: number;
  settingsOpen: boolean;
}

export const gameFlowMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent },
  actions: {
    chooseLevel: assign({
      levelId: ({ event }) => ('levelId' in event ? event.levelId : null),
      seed: ({ event }) => (event.type === 'SELECT_LEVEL' ? (event.seed ?? 1) : 1),
    }),
    newRun: assign({ runNumber: ({ context }) => context.runNumber + 1 }),
    chooseLayout: assign({ compare: ({ event }) => event.type === 'START' && event.compare === true }),
    openSettings: assign({ settingsOpen: true }),
    closeSettings: assign({ settingsOpen: false }),
  },
}).createMachine({
  id: 'flow',
  initial: 'boot',
  context: { levelId: null, seed: 1, compare: false, runNumber: 0, settingsOpen: false },
  on: {
    OPEN_SETTINGS: { actions: 'openSettings' },
    CLOSE_SETTINGS: { actions: 'closeSettings' },
  },
  states: {
    boot: { on: { LOADED: 'title' } },
    title: { on: { CONTINUE: 'levelSelect', WATCH_REPLAY: 'replay', CLASS_RESULTS: 'classResults' } },
    levelSelect: { on: { SELECT_LEVEL: { target: 'briefing', actions: 'chooseLevel' }, MENU: 'title', WATCH_REPLAY: 'replay' } },
    briefing: { on: { START: { target: 'playing', actions: ['newRun', 'chooseLayout'] }, MENU: 'levelSelect' } },
    playing: {
      on: {
        PAUSE: 'paused',
        FINISH: 'debrief',
        RETRY: { target: 'playing', reenter: true, actions: 'newRun' },
        MENU: 'levelSelect',
      },
    },
    paused: {
      on: {
        RESUME: 'playing',
        FINISH: 'debrief',
        RETRY: { target: 'playing', actions: 'newRun' },
        MENU: 'levelSelect',
      },
    },
    debrief: {
      on: {
        RETRY: { target: 'playing', actions: 'newRun' },
        NEXT: { target: 'briefing', actions: 'chooseLevel' },
        MENU: 'levelSelect',
      },
    },
    /** Watching an imported replay (its own debrief, re-simulated); "play this level" goes to its briefing. */
    replay: {
      on: {
        WATCH_REPLAY: { target: 'replay', reenter: true },
        SELECT_LEVEL: { target: 'briefing', actions: 'chooseLevel' },
        MENU: 'levelSelect',
      },
    },
    classResults: { on: { MENU: 'title' } },
  },
});

export type FlowState = 'boot' | 'title' | 'levelSelect' | 'briefing' | 'playing' | 'paused' | 'debrief' | 'replay' | 'classResults';
