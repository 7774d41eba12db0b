import { findLevel } from '../flow/catalog';
import { parseDeepLink } from '../flow/deepLink';
import type { StoreBackend } from '../flow/versionedStore';
import { createAnnouncer } from '../view/announcer';
import { createAppView } from '../view/appView';
import { loadBoard, nullBoard, type MountBoard } from '../view/board/loadBoard';
import { createAppAudio } from './appAudio';
import { createClassroomMode } from './classroomMode';
import { flowState } from './flowActor';
import { createGameFlow } from './gameFlow';
import { installAppTestHooks } from './installAppTestHooks';
import { createLevelLibrary } from './levelLibrary';
import { createLevelOpener } from './levelOpener';
import { createPlayerData } from './playerData';
import { createReplayImports } from './replayImports';

export interface AppOptions {
  root: HTMLElement;
  /** The page's live regions: polite (#status) and urgent (#alert). */
  status: HTMLElement;
  alert: HTMLElement;
  testMode: boolean;
  storage: StoreBackend | null;
  prefersReducedMotion: boolean;
  /** Names data set aside when it cannot be read. */
  stamp: string;
}

/**
 * The composition root: the only code that wires the levels, saved data, audio, the flow actor and
 * its runs, and the view together. The flow decides what happens next (and when a run starts or
 * ends); the parts here know how; the view only draws and sends events.
 */
export function startApp(opts: AppOptions): void {
  const lines = createAnnouncer(opts.status, opts.alert);
  const announce = lines.announce;
  const notices: string[] = [];
  // Deep links: ?level=<id>&seed=<n>&mode=classroom|play|sandbox&speed=<x>, and ?daily=1.
  const link = parseDeepLink(window.location.search);
  for (const p of link.problems) notices.push(`Part of this page's link was ignored: ${p}.`);

  const player = createPlayerData(opts);
  notices.push(...player.problems);
  const library = createLevelLibrary();
  const classroom = createClassroomMode(link.mode);
  const audio = createAppAudio({ settings: player.settings, enabled: !opts.testMode, root: opts.root });
  let mountBoard: MountBoard = nullBoard;

  const { flow, runs } = createGameFlow({
    library,
    player,
    sound: audio.sound,
    announce,
    testMode: opts.testMode,
    startSpeed: link.speed ?? 1,
    endReplay: () => replays.release(),
  });
  const opener = createLevelOpener(flow, library, announce);
  const replays = createReplayImports(flow, library, opener, announce);
  flow.subscribe((snap) => audio.followFlow(snap.value));

  const view = createAppView(
    {
      flow: {
        state: () => flowState(flow),
        context: () => flow.getSnapshot().context,
        send: (event) => flow.send(event),
        subscribe: (listener) => void flow.subscribe(listener),
      },
      notices: () => notices,
      catalog: () => library.catalog,
      lookup: library.lookup,
      ownLevelText: library.ownLevelText,
      daily: () => library.daily(new Date()),
      progress: () => player.progress,
      settings: () => player.settings,
      mode: () => classroom.mode,
      mountBoard: () => mountBoard,
      session: () => runs.current,
      replay: () => replays.current,
      openLevelFile: opener.openFile,
      importReplay: replays.importFile,
      playReplayedLevel: replays.playLevel,
      toggleClassroom: () => announce(classroom.toggle() === 'classroom' ? 'Classroom mode on: presenter view.' : 'Classroom mode off.'),
      changeSettings(next) {
        player.changeSettings(next);
        audio.sound.applySettings(next);
      },
      announce,
      lines,
    },
    opts.root,
  );

  if (opts.testMode) {
    installAppTestHooks({ scene: () => flowState(flow), levelId: () => flow.getSnapshot().context.levelId, session: () => runs.current, redraw: view.redraw });
  }

  // Boot: real loading steps behind a real progress bar, then the title (or the level a link asks for).
  const steps: [string, () => Promise<void>][] = [
    ['Reading the levels', async () => {
      notices.push(...library.load());
      if (link.levelId !== null && !link.daily && !findLevel(library.catalog, link.levelId)) {
        notices.push(`This link asks for the level "${link.levelId}", which this game does not have. Choose a level from the list instead.`);
      }
    }],
    ['Loading the board', async () => {
      mountBoard = await loadBoard().catch(() => nullBoard);
    }],
  ];
  void (async () => {
    for (const [i, [label, run]] of steps.entries()) {
      view.bootProgress(i, steps.length, label);
      await run();
    }
    view.bootProgress(steps.length, steps.length, 'Ready');
    // Clears index.html's "Loading…", which otherwise stays on screen (and on the projector).
    announce('Ready.');
    flow.send({ type: 'LOADED' });
    opener.openFromLink(link, new Date());
    opener.listen();
  })();
}
