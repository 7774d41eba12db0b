import { createActor } from 'xstate';
import { createSoundBoard } from '../audio/soundBoard';
import { startMusicOnGesture } from '../audio/startMusicOnGesture';
import { findLevel, loadCatalog, nextLevel, parScript, type Catalog, type CatalogEntry } from '../flow/catalog';
import { dailyLevelIndex, dailySeed, parseDeepLink, type Mode } from '../flow/deepLink';
import { gameFlowMachine, type FlowState } from '../flow/gameFlowMachine';
import { loadProgress, recordRun, saveProgress, type Progress } from '../flow/progress';
import { loadSettings, saveSettings, type Settings } from '../flow/settings';
import type { StoreBackend } from '../flow/versionedStore';
import { GameSession } from '../runtime/session';
import { canonicalJson } from '../sim';
import { formatProblem } from '../levels/problems';
import { loadBoard, nullBoard, type MountBoard } from './board/loadBoard';
import { installAppTestHooks } from './installAppTestHooks';
import { classResultsScreen } from './classroom/classResultsScreen';
import { importedBanner, importReplayFile, showReplayProblems, type ImportedReplay } from './classroom/importReplay';
import { resultExport } from './classroom/resultExport';
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
  // Deep links: ?level=<id>&seed=<n>&mode=classroom|play|sandbox&speed=<x>, and ?daily=1.
  const link = parseDeepLink(window.location.search);
  for (const p of link.problems) notices.push(`Part of this page's link was ignored: ${p}.`);
  /** play, classroom (the presenter view) or sandbox (teacher fault keys without the presenter view). */
  let mode: Mode = link.mode;
  /** The speed factor new runs start at (the link's, else 1×). */
  const startSpeed = link.speed ?? 1;
  /** Why this run has the seed it has, shown on the briefing ("Daily challenge…", "Seed 42, from the link"). */
  let runNote: { levelId: string; seed: number; text: string } | null = null;
  /** A replay file being watched (state "replay"). */
  let imported: Extract<ImportedReplay, { ok: true }> | null = null;
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
  /** Back to the level select from wherever the flow is (title forward, the rest back). */
  const toLevelSelect = () => {
    for (let i = 0; i < 4 && flow.getSnapshot().value !== 'levelSelect'; i++) flow.send({ type: flow.getSnapshot().value === 'title' ? 'CONTINUE' : 'MENU' });
  };
  /** Opens a level's briefing, with a seed (default 1) and the note that says where the seed came from. */
  const openLevel = (levelId: string, seed = 1, note: string | null = null) => {
    runNote = note ? { levelId, seed, text: note } : null;
    if (flow.getSnapshot().value !== 'replay') toLevelSelect();
    flow.send({ type: 'SELECT_LEVEL', levelId, seed });
  };
  const play = (opened: Opened) => {
    if (!opened.ok) {
      showLevelProblems(opened.file, opened.lines);
      announce(`${opened.file} cannot be played: ${opened.lines.length} problem(s).`, true);
      return;
    }
    custom = { entry: opened.entry, text: opened.text };
    openLevel(opened.entry.scenario.id);
  };
  /** Today's challenge: a campaign level picked by the date, seeded by the date. */
  const daily = (): { entry: CatalogEntry; seed: number; note: string } | null => {
    const now = new Date();
    const seed = dailySeed(now);
    const entry = catalog.campaign[dailyLevelIndex(seed, catalog.campaign.length)];
    return entry ? { entry, seed, note: `Daily challenge for ${now.toISOString().slice(0, 10)}: seed ${seed}, the same level and seed for everyone today.` } : null;
  };
  const startDaily = () => {
    const d = daily();
    if (d) openLevel(d.entry.scenario.id, d.seed, d.note);
  };
  const importReplay = (file: File) => {
    announce(`Checking ${file.name} by re-simulating it…`);
    void importReplayFile(file).then((r) => {
      if (!r.ok) {
        showReplayProblems(r.file, r.problems);
        announce(`${r.file} was not played: ${r.problems.length} problem(s).`, true);
        return;
      }
      imported?.session.dispose();
      imported = r;
      shownState = null;
      flow.send({ type: 'WATCH_REPLAY' });
      announce(`${r.file}: verified. ${r.replay.level.title}, ${r.replay.result.uptimePct.toFixed(2)} % uptime.`);
    });
  };
  /** "Play this level" from an imported replay: the shipped level if it is the same, else the replay's copy. */
  const playImported = () => {
    if (!imported) return;
    const level = imported.replay.level;
    const shipped = findLevel(catalog, level.id);
    if (!shipped || canonicalJson(shipped.scenario) !== canonicalJson(level)) custom = { entry: { file: imported.file, scenario: level }, text: JSON.stringify(level, null, 2) };
    openLevel(level.id, imported.replay.seed, `Seed ${imported.replay.seed}, from the replay ${imported.file}.`);
  };
  const applyMode = () => document.documentElement.classList.toggle('classroom', mode === 'classroom');
  const toggleClassroom = () => {
    mode = mode === 'classroom' ? 'play' : 'classroom';
    applyMode();
    // Kept in the address, so a reload (or a bookmark) stays in the presenter view.
    const url = new URL(window.location.href);
    if (mode === 'classroom') url.searchParams.set('mode', 'classroom');
    else url.searchParams.delete('mode');
    window.history.replaceState(window.history.state, '', url);
    shownState = null;
    render();
    announce(mode === 'classroom' ? 'Classroom mode on: presenter view.' : 'Classroom mode off.');
  };
  applyMode();
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

  const startSession = (levelId: string, seed: number): GameSession | null => {
    const entry = lookup(levelId);
    if (!entry) return null;
    session?.dispose();
    const s = new GameSession({
      scenario: entry.scenario,
      seed,
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
    s.setSpeedFactor(startSpeed);
    s.subscribe((events) => sound.onSimEvents(events)); // audio: cues for sim events; s.dispose() unsubscribes
    return s;
  };

  const render = () => {
    const snap = flow.getSnapshot();
    const state = snap.value as FlowState;
    const { levelId, runNumber, seed, compare } = snap.context;
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
        releaseImported();
        show(
          titleScreen(
            {
              play: () => flow.send({ type: 'CONTINUE' }),
              settings: () => flow.send({ type: 'OPEN_SETTINGS' }),
              classroom: { on: mode === 'classroom', toggle: toggleClassroom },
              classResults: () => flow.send({ type: 'CLASS_RESULTS' }),
              importReplay,
            },
            notices,
          ),
        );
        return;
      case 'levelSelect': {
        session?.dispose();
        session = null;
        releaseImported();
        const today = daily();
        show(
          levelSelectScreen(catalog.campaign, catalog.sandbox, progress, {
            select: (id) => openLevel(id),
            back: () => flow.send({ type: 'MENU' }),
            openFile: (f) => void openFile(f).then(play),
            daily: today ? { title: today.entry.scenario.title, start: startDaily } : null,
            importReplay,
          }),
        );
        return;
      }
      case 'briefing': {
        const entry = levelId ? lookup(levelId) : undefined;
        if (!entry) return;
        const own = custom?.entry.scenario.id === entry.scenario.id ? custom : null;
        const par = !own && mode === 'classroom' ? parScript(entry) : null;
        const note = runNote && runNote.levelId === entry.scenario.id && runNote.seed === seed ? runNote.text : seed !== 1 ? `Seed ${seed}.` : null;
        show(
          briefingScreen(
            entry.scenario,
            { start: () => flow.send({ type: 'START' }), back: () => flow.send({ type: 'MENU' }), share: own ? () => shareLink(own.text) : null },
            { note, sideBySide: par ? () => flow.send({ type: 'START', compare: true }) : null },
          ),
        );
        return;
      }
      case 'playing':
      case 'paused': {
        const s = levelId ? startSession(levelId, seed) : null;
        if (!s) return;
        const entry = lookup(s.scenario.id);
        const par = compare && entry && entry !== custom?.entry ? parScript(entry) : null;
        const isSandbox = catalog.sandbox !== null && entry === catalog.sandbox;
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
            { presenter: mode === 'classroom', faults: mode !== 'play' || isSandbox, compare: par },
          ),
        );
        if (!opts.testMode) s.start();
        announce(`${s.scenario.title} started${par ? ', side by side with par' : ''}. Space pauses.`);
        return;
      }
      case 'debrief': {
        const s = session;
        if (!s || !levelId) return;
        const next = nextLevel(catalog, levelId);
        show(
          debriefScreen(
            s,
            {
              retry: () => flow.send({ type: 'RETRY' }),
              next: next ? () => flow.send({ type: 'NEXT', levelId: next.scenario.id }) : null,
              menu: () => flow.send({ type: 'MENU' }),
            },
            [resultExport(s)],
          ),
        );
        return;
      }
      case 'replay': {
        if (!imported) return;
        show(debriefScreen(imported.session, { retry: playImported, next: null, menu: () => flow.send({ type: 'MENU' }) }, [importedBanner(imported, playImported)]));
        return;
      }
      case 'classResults':
        show(classResultsScreen({ back: () => flow.send({ type: 'MENU' }), knownLevel: (id) => findLevel(catalog, id)?.scenario }));
        return;
    }
  };
  /** The imported replay's session is only needed while it is on screen. */
  const releaseImported = () => {
    imported?.session.dispose();
    imported = null;
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
    const typing = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
    if (e.key === 'Escape' && (state === 'levelSelect' || state === 'briefing' || state === 'debrief' || state === 'replay' || (state === 'classResults' && !typing))) flow.send({ type: 'MENU' });
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
      if (link.levelId !== null && !link.daily && !findLevel(catalog, link.levelId)) {
        notices.push(`This link asks for the level "${link.levelId}", which this game does not have. Choose a level from the list instead.`);
      }
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
    // Clears index.html's "Loading…", which otherwise stays on screen (and on the projector).
    announce('Ready.');
    flow.send({ type: 'LOADED' });
    if (link.daily) startDaily();
    else if (link.levelId !== null && findLevel(catalog, link.levelId)) {
      openLevel(link.levelId, link.seed ?? 1, link.seed !== null ? `Seed ${link.seed}, from the link.` : null);
    }
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
    installAppTestHooks({
      scene: () => flow.getSnapshot().value as FlowState,
      levelId: () => flow.getSnapshot().context.levelId,
      session: () => session,
      redraw: () => screen?.update?.(),
    });
  }
}
