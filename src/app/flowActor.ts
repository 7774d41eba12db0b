import { createActor } from 'xstate';
import { gameFlowMachine, type FlowState } from '../flow/gameFlowMachine';

/** What the app does when the flow says a run or a watched replay begins or ends. */
export interface RunLifecycle {
  startRun(levelId: string, seed: number): void;
  finishRun(): void;
  endRun(): void;
  endReplay(): void;
}

/**
 * The live game-flow actor, with the app's lifecycle behind the machine's named actions: the flow
 * decides when a session starts, finishes and goes; the app knows how.
 */
export function createFlowActor(lifecycle: RunLifecycle) {
  const machine = gameFlowMachine.provide({
    actions: {
      startRun: ({ context }) => {
        if (context.levelId !== null) lifecycle.startRun(context.levelId, context.seed);
      },
      finishRun: () => lifecycle.finishRun(),
      endRun: () => lifecycle.endRun(),
      endReplay: () => lifecycle.endReplay(),
    },
  });
  return createActor(machine).start();
}

export type FlowActor = ReturnType<typeof createFlowActor>;

/** The flow's state as the screens name it (the machine's states are flat, so the value is a string). */
export function flowState(flow: Pick<FlowActor, 'getSnapshot'>): FlowState {
  return flow.getSnapshot().value as FlowState;
}
