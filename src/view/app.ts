import { createActor } from 'xstate';
import { createSoundBoard } from '../audio/soundBoard';
import { startMusicOnGesture } from '../audio/startMusicOnGesture';
import { findLevel, loadCatalog, nextLevel, type Catalog, type CatalogEntry } from '../flow/catalog';
import { gameFlowMachine, type FlowState } from '../flow/gameFlowMachine';
import { loadProgress, recordRun, saveProgress, type Progress } from '../flow/progress';
import { loadSettings, saveSettings, type Settings } from '../flow/settings';
import type { StoreBackend } from '../flow/versionedStore';
import { GameSession } from '../runtime/session';
import { installTestHooks, type TestSnapshot } from '../runtime/testHooks';
import type { ScriptedCommand } from '../sim/commands/types';
import { runScenario } from '../sim/replay';
import { parseLevel } from '../levels/parseLevel';
import { formatProblem } from '../levels/problems';
import { loadBoard, nullBoard, type MountBoard } from './board/loadBoard';
import { briefingScreen } from './screens/briefingScreen';
import { debriefScreen } from './screens/debriefScreen';
import { levelSelectScreen } from './screens/levelSelectScreen';
import { loadingScreen } from './screens/loadingScreen';
import { playScreen } from './screens/playScreen';
import type { Screen } from './screens/screen';
import { settingsDialog } from './screens/settingsDialog';
import { titleScreen } from './screens/titleScreen';
import { installDropTarget, openFile, openLink, shareLink, showLevelProblems, type Opened } from './openLevel';

export interface AppOptions {
  root: HTMLElement;
  status: HTMLElement;
  alert: HTMLElement;
  testMode: boolean;
  storage: StoreBackend | null;
  prefersReducedMotion: boolean;
  /** Used to name data set aside when it cannot be read. */
  stamp: string;
}

/**
 * The game in the browser: the flow actor decides which screen shows; each screen is built from
 * the catalog, progress, settings and (while playing) the GameSession. Nothing here decides what
 * happens in the simulation.
 */
export function startApp(opts: AppOptions): void {
  const flow = createActor(gameFlowMachine).start();
  const notices: string[] = [];
  const loadedProgress = loadProgress(opts.storage, opts.stamp);
  const loadedSettings = loadSettings(opts.storage, opts.stamp, opts.prefersReducedMotion);
  for (const p of [loadedProgress.problem, loadedSettings.problem]) if (p) notices.push(p);
  let progress: Progress = loadedProgress.value;
  let settings: Settings = loadedSettings.value;
  if (opts.testMode) settings = { ...settings, muted: true, reducedMotion: true };
  // Audio (src/audio): Howler is fetched on first audible use. Disabled for good in test mode, so
  // nothing loads or plays there even if a test unmutes in the settings dialog.
  const sound = createSoundBoard(settings, { enabled: !opts.testMode });
  let stopMusic: (() => void) | null = null;
  let catalog: Catalog = { campaign: [], sandbox: null, problems: [] };
  let mountBoard: MountBoard = nullBoard;
  let session: GameSession | null = null;
  let screen: Screen | null = null;
  let shownState: string | null = null;
  /** A level the player opened from a file, a drop or a link (never written to saved progress). */
  let custom: { entry: CatalogEntry; text: string } | null = null;
  const lookup = (id: string) => (custom && custom.entry.scenario.id === id ? custom.entry : findLevel(catalog, id));
  const play = (opened: Opened) => {
    if (!opened.ok) {
      showLevelProblems(opened.file, opened.lines);
      announce(`${opened.file} cannot be played: ${opened.lines.length} problem(s).`, true);
      return;
    }
    custom = { entry: opened.entry, text: opened.text };
    const state = flow.getSnapshot().value as FlowState;
    if (state === 'title') flow.send({ type: 'CONTINUE' });
    if (flow.getSnapshot().value !== 'levelSelect') flow.send({ type: 'MENU' });
    if (flow.getSnapshot().value !== 'levelSelect') flow.send({ type: 'MENU' });
    flow.send({ type: 'SELECT_LEVEL', levelId: opened.entry.scenario.id });
  };
  let shownRun = -1;

  const announce = (text: string, urgent = false) => {
    const target = urgent ? opts.alert : opts.status;
    target.textContent = text;
  };
  const applySettings = () => {
    document.documentElement.classList.toggle('large-text', settings.largeText);
    document.documentElement.classList.toggle('reduced-motion', settings.reducedMotion);
  };
  applySettings();

  const show = (next: Screen) => {
    screen?.dispose?.();
    screen = next;
    opts.root.replaceChildren(next.el);
    (next.focus ?? next.el.querySelector<HTMLElement>('button'))?.focus();
  };

  const startSession = (levelId: string): GameSession | null => {
    const entry = lookup(levelId);
    if (!entry) return null;
    session?.dispose();
    const s = new GameSession({
      scenario: entry.scenario,
      seed: 1,
      paused: opts.testMode,
      onFinished: (done) => {
        const sc = done.score;
        sound.play(sc.outcome === 'won' ? 'win' : 'lose'); // audio
        if (!custom || custom.entry.scenario !== done.scenario) {
          progress = recordRun(progress, levelId, { stars: sc.stars, uptimePct: sc.uptimePct, costUsd: sc.costUsd });
          saveProgress(opts.storage, progress);
        }
        announce(`${done.scenario.title}: ${sc.outcome === 'won' ? 'won' : 'lost'}, ${sc.stars} of 3 stars.`, true);
        flow.send({ type: 'FINISH' });
      },
    });
    session = s;
    s.subscribe((events) => sound.onSimEvents(events)); // audio: cues for sim events; s.dispose() unsubscribes
    return s;
  };

  const render = () => {
    const snap = flow.getSnapshot();
    const state = snap.value as FlowState;
    const { levelId, runNumber } = snap.context;
    if (state === shownState && runNumber === shownRun && state !== 'playing' && state !== 'paused') return;
    if ((state === 'playing' || state === 'paused') && (shownState === 'playing' || shownState === 'paused') && runNumber === shownRun) return;
    shownState = state;
    shownRun = runNumber;
    // Audio: music belongs to the play screen, from the first gesture there; it stops on any other screen.
    if (state === 'playing' || state === 'paused') stopMusic ??= startMusicOnGesture(sound, document);
    else {
      stopMusic?.();
      stopMusic = null;
    }
    switch (state) {
      case 'boot':
        return;
      case 'title':
        show(titleScreen({ play: () => flow.send({ type: 'CONTINUE' }), settings: () => flow.send({ type: 'OPEN_SETTINGS' }) }, notices));
        return;
      case 'levelSelect':
        session?.dispose();
        session = null;
        show(levelSelectScreen(catalog.campaign, catalog.sandbox, progress, { select: (id) => flow.send({ type: 'SELECT_LEVEL', levelId: id }), back: () => flow.send({ type: 'MENU' }), openFile: (f) => void openFile(f).then(play) }));
        return;
      case 'briefing': {
        const entry = levelId ? lookup(levelId) : undefined;
        if (!entry) return;
        const own = custom?.entry.scenario.id === entry.scenario.id ? custom : null;
        show(briefingScreen(entry.scenario, { start: () => flow.send({ type: 'START' }), back: () => flow.send({ type: 'MENU' }), share: own ? () => shareLink(own.text) : null }));
        return;
      }
      case 'playing':
      case 'paused': {
        const s = levelId ? startSession(levelId) : null;
        if (!s) return;
        show(
          playScreen(
            s,
            mountBoard,
            {
              pauseChanged: (paused) => flow.send({ type: paused ? 'PAUSE' : 'RESUME' }),
              menu: () => flow.send({ type: 'MENU' }),
              retry: () => flow.send({ type: 'RETRY' }),
              announce,
            },
            settings.reducedMotion,
          ),
        );
        if (!opts.testMode) s.start();
        announce(`${s.scenario.title} started. Space pauses.`);
        return;
      }
      case 'debrief': {
        const s = session;
        if (!s || !levelId) return;
        const next = nextLevel(catalog, levelId);
        show(
          debriefScreen(s, {
            retry: () => flow.send({ type: 'RETRY' }),
            next: next ? () => flow.send({ type: 'NEXT', levelId: next.scenario.id }) : null,
            menu: () => flow.send({ type: 'MENU' }),
          }),
        );
        return;
      }
    }
  };

  let settingsOpen = false;
  flow.subscribe((snap) => {
    render();
    if (snap.context.settingsOpen && !settingsOpen) {
      settingsOpen = true;
      const dialog = settingsDialog(
        settings,
        (next) => {
          settings = next;
          saveSettings(opts.storage, settings);
          applySettings();
          sound.applySettings(settings); // audio
        },
        () => {
          settingsOpen = false;
          flow.send({ type: 'CLOSE_SETTINGS' });
        },
      );
      document.body.append(dialog);
      dialog.showModal();
    }
  });

  // Audio: a click for every button press in the app.
  opts.root.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button')) sound.play('uiClick');
  });

  // Global keys for the menu screens (the play and debrief screens add their own).
  document.addEventListener('keydown', (e) => {
    if (document.querySelector('dialog[open]') || e.ctrlKey || e.metaKey || e.altKey) return;
    const state = flow.getSnapshot().value as FlowState;
    if (e.key === 'Escape' && (state === 'levelSelect' || state === 'briefing' || state === 'debrief')) flow.send({ type: 'MENU' });
    else if (e.key === 'Enter' && state === 'title' && !(e.target instanceof HTMLButtonElement)) flow.send({ type: 'CONTINUE' });
    else if ((e.key === 's' || e.key === 'S') && (state === 'title' || state === 'levelSelect')) flow.send({ type: 'OPEN_SETTINGS' });
    else if ((e.key === 'o' || e.key === 'O') && state === 'levelSelect') document.querySelector<HTMLInputElement>('#level-file')?.click();
  });

  // Boot: real loading steps with a real progress bar.
  const loading = loadingScreen();
  show(loading);
  const steps: [string, () => Promise<void>][] = [
    ['Reading the levels', async () => {
      catalog = loadCatalog();
      for (const p of catalog.problems) notices.push(`A shipped level has a problem: ${formatProblem(p)}`);
    }],
    ['Loading the board', async () => {
      mountBoard = await loadBoard().catch(() => nullBoard);
    }],
  ];
  void (async () => {
    for (let i = 0; i < steps.length; i++) {
      loading.setProgress(i, steps.length, steps[i]![0]);
      await steps[i]![1]();
    }
    loading.setProgress(steps.length, steps.length, 'Ready');
    flow.send({ type: 'LOADED' });
    installDropTarget((file) => void openFile(file).then(play));
    const fromLink = () => {
      if (window.location.hash.startsWith('#level=')) void openLink(window.location.hash).then(play);
    };
    fromLink();
    window.addEventListener('hashchange', fromLink);
  })();

  // Per-frame redraw of whatever screen is up (the session's own loop steps the simulation).
  const frame = () => {
    screen?.update?.();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  if (opts.testMode) {
    const snapshot = (): TestSnapshot => {
      const state = flow.getSnapshot().value as FlowState;
      const s = session;
      const sc = s?.score;
      return {
        scene: state,
        levelId: flow.getSnapshot().context.levelId,
        simSeconds: s?.world.tick ?? 0,
        uptimePct: sc?.uptimePct ?? 100,
        costUsd: sc?.costUsd ?? 0,
        outcome: s ? (s.isFinished ? sc!.outcome : 'running') : 'running',
      };
    };
    installTestHooks({
      snapshot,
      dispatch: (command) => {
        if (!session) return { ok: false, reason: 'no level is being played' };
        return session.dispatch(command as never);
      },
      advance(simSeconds) {
        session?.advance(simSeconds);
        screen?.update?.();
        return snapshot();
      },
      runScenario(scenarioJson, seed, script) {
        const level = parseLevel(scenarioJson, 'runScenario');
        if (!level.ok) throw new Error(level.problems.map(formatProblem).join('\n'));
        return runScenario(level.scenario, script === undefined ? { seed } : { seed, script: script as ScriptedCommand[] });
      },
    });
  }
}
