import { assign, setup } from 'xstate';

/**
 * The game flow, as a live XState actor: boot (loading) → title → level select → briefing →
 * playing ⇄ paused → debrief, with settings reachable from anywhere. The screens render the state;
 * the only way between them is an event.
 */
export type FlowEvent =
  | { type: 'LOADED' }
  | { type: 'CONTINUE' }
  | { type: 'SELECT_LEVEL'; levelId: string }
  | { type: 'START' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'FINISH' }
  | { type: 'RETRY' }
  | { type: 'NEXT'; levelId: string }
  | { type: 'MENU' }
  | { type: 'OPEN_SETTINGS' }
  | { type: 'CLOSE_SETTINGS' };

export interface FlowContext {
  levelId: string | null;
  /** Bumped on every start, so the view knows to build a fresh session (retry included). */
  runNumber: number;
  settingsOpen: boolean;
}

export const gameFlowMachine = setup({
  types: { context: {} as FlowContext, events: {} as FlowEvent },
  actions: {
    chooseLevel: assign({ levelId: ({ event }) => ('levelId' in event ? event.levelId : null) }),
    newRun: assign({ runNumber: ({ context }) => context.runNumber + 1 }),
    openSettings: assign({ settingsOpen: true }),
    closeSettings: assign({ settingsOpen: false }),
  },
}).createMachine({
  id: 'flow',
  initial: 'boot',
  context: { levelId: null, runNumber: 0, settingsOpen: false },
  on: {
    OPEN_SETTINGS: { actions: 'openSettings' },
    CLOSE_SETTINGS: { actions: 'closeSettings' },
  },
  states: {
    boot: { on: { LOADED: 'title' } },
    title: { on: { CONTINUE: 'levelSelect' } },
    levelSelect: { on: { SELECT_LEVEL: { target: 'briefing', actions: 'chooseLevel' }, MENU: 'title' } },
    briefing: { on: { START: { target: 'playing', actions: 'newRun' }, MENU: 'levelSelect' } },
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
  },
});

export type FlowState = 'boot' | 'title' | 'levelSelect' | 'briefing' | 'playing' | 'paused' | 'debrief';
