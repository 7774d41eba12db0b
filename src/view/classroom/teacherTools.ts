import type { GameSession } from '../../runtime/session';
import type { Selection } from '../services/selection';
import { hotkeyFor } from './faultHotkeys';
import { createFaultPanel, type FaultPanel } from './faultPanel';
import { keyLegend } from './keyLegend';
import { createPredictionPrompt, type PredictionPrompt } from './predictionPrompt';

/** How the play screen is dressed: for a player, a presenter (classroom) or the sandbox lab. */
export interface PlayMode {
  /** Presenter view: minimal HUD, legend of keys, "what will happen?" stops. */
  presenter: boolean;
  /** The teacher's fault keys and buttons (classroom and sandbox). */
  faults: boolean;
}

export interface TeacherTools {
  faultPanel: FaultPanel | null;
  prompt: PredictionPrompt | null;
  legend: HTMLElement | null;
  /** Handles the teacher's keys (Shift+letter faults, Space to reveal). True when handled. */
  onKey(e: KeyboardEvent): boolean;
  update(): void;
  dispose(): void;
}

export interface TeacherHooks {
  selection(): Selection | null;
  setPaused(paused: boolean): void;
  announce(text: string, urgent: boolean): void;
}

/** The classroom's additions to the play screen, built from the mode; nothing when it is plain play. */
export function createTeacherTools(session: GameSession, mode: PlayMode, hooks: TeacherHooks): TeacherTools {
  const faultPanel = mode.faults ? createFaultPanel(session, hooks.selection, (t) => hooks.announce(t, false)) : null;
  const prompt = mode.presenter ? createPredictionPrompt(session, hooks) : null;
  const legend = mode.presenter ? keyLegend({ faults: mode.faults, predictions: prompt !== null }) : null;
  if (legend && prompt) legend.append(prompt.toggle);
  return {
    faultPanel,
    prompt,
    legend,
    onKey(e) {
      if (e.ctrlKey || e.metaKey || e.altKey) return false;
      if (e.shiftKey && faultPanel && e.key.length === 1 && hotkeyFor(e.key)) return faultPanel.inject(e.key);
      // Space reveals an open question wherever focus is (the Reveal button included: the play screen
      // takes Space for the clock before a focused button could press it); otherwise it pauses.
      if (e.key === ' ' && prompt) return prompt.reveal();
      return false;
    },
    update() {
      faultPanel?.update();
      prompt?.update();
    },
    dispose() {
      prompt?.dispose();
    },
  };
}
