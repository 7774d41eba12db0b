import type { FlowState } from '../flow/gameFlowMachine';
import type { AppPort } from './appPort';
import { installMenuKeys } from './menuKeys';
import { screenFor } from './screenFor';
import { loadingScreen } from './screens/loadingScreen';
import type { Screen } from './screens/screen';
import { settingsDialog } from './screens/settingsDialog';

export interface AppView {
  /** The loading screen's bar (state "boot"): `done` of `total` steps, and what is happening now. */
  bootProgress(done: number, total: number, label: string): void;
  /** Redraws the screen on show at once (the test hooks' synchronous advance). */
  redraw(): void;
}

/**
 * The view's root: shows the screen for the flow's state whenever it changes, opens the settings
 * dialog when the flow says so, applies the display settings to the page and redraws every frame.
 */
export function createAppView(app: AppPort, root: HTMLElement): AppView {
  let screen: Screen | null = null;
  /** Which screen is up: playing and paused share one, so pausing does not rebuild the board. */
  let shownKey: string | null = null;
  let settingsOpen = false;

  const show = (next: Screen) => {
    screen?.dispose?.();
    screen = next;
    root.replaceChildren(next.el);
    (next.focus ?? next.el.querySelector<HTMLElement>('button'))?.focus();
  };
  const applyDisplay = () => {
    const page = document.documentElement.classList;
    const settings = app.settings();
    page.toggle('large-text', settings.largeText);
    page.toggle('reduced-motion', settings.reducedMotion);
    page.toggle('classroom', app.mode() === 'classroom');
  };
  const keyOf = (state: FlowState) => {
    const { runNumber, replayNumber } = app.flow.context();
    return `${state === 'paused' ? 'playing' : state}:${runNumber}:${replayNumber}`;
  };
  const render = (force = false) => {
    const state = app.flow.state();
    const key = keyOf(state);
    if (key === shownKey && !force) return;
    shownKey = key;
    applyDisplay();
    // Before the screen is built: a run's screen announces its start as it is made.
    app.lines.showRun(state === 'playing' || state === 'paused' || state === 'debrief' ? app.flow.context().runNumber : null);
    const next = screenFor(state, app, () => render(true));
    if (next) show(next);
  };
  const openSettings = () => {
    settingsOpen = true;
    const dialog = settingsDialog(
      app.settings(),
      (next) => {
        app.changeSettings(next);
        applyDisplay();
      },
      () => {
        settingsOpen = false;
        app.flow.send({ type: 'CLOSE_SETTINGS' });
      },
    );
    document.body.append(dialog);
    dialog.showModal();
  };

  const loading = loadingScreen();
  show(loading);
  applyDisplay();
  app.flow.subscribe(() => {
    render();
    if (app.flow.context().settingsOpen && !settingsOpen) openSettings();
  });
  installMenuKeys(app.flow);

  // Per-frame redraw of whatever screen is up (the session's own loop steps the simulation).
  const frame = () => {
    screen?.update?.();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  return {
    bootProgress: (done, total, label) => loading.setProgress(done, total, label),
    redraw: () => screen?.update?.(),
  };
}
