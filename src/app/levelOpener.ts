import type { DeepLink } from '../flow/deepLink';
import type { Announce } from '../view/announcer';
import { installDropTarget, openFile, openLink, showLevelProblems, type Opened } from '../view/openLevel';
import { flowState, type FlowActor } from './flowActor';
import { ownKey, type LevelLibrary } from './levelLibrary';

export interface LevelOpener {
  /** Opens a level's briefing from wherever the flow is, with a seed and where that seed came from. */
  open(levelId: string, seed?: number, note?: string | null): void;
  /** A level file (the picker): opened if it holds up, otherwise its problems are shown. */
  openFile(file: File): void;
  /** The level the page's address asks for (?level=, ?daily=1), once the catalog is loaded. */
  openFromLink(link: DeepLink, now: Date): void;
  /** From now on, a dropped file or a #level= link opens its level too. */
  listen(): void;
}

/** Every way a level gets opened: the list, a file, a drop, a link, the daily challenge, a replay. */
export function createLevelOpener(flow: Pick<FlowActor, 'getSnapshot' | 'send'>, library: LevelLibrary, announce: Announce): LevelOpener {
  const state = () => flowState(flow);
  /** Back to the level select: forward from the title, back from the rest (at most four steps). */
  const toLevelSelect = () => {
    for (let i = 0; i < 4 && state() !== 'levelSelect'; i++) flow.send({ type: state() === 'title' ? 'CONTINUE' : 'MENU' });
  };
  const open = (levelId: string, seed = 1, note: string | null = null) => {
    // An imported replay's screen leads straight to its level's briefing.
    if (state() !== 'replay') toLevelSelect();
    flow.send({ type: 'SELECT_LEVEL', levelId, seed, ...(note === null ? {} : { note }) });
  };
  const play = (opened: Opened) => {
    if (!opened.ok) {
      showLevelProblems(opened.file, opened.lines);
      announce(`${opened.file} cannot be played: ${opened.lines.length} problem(s).`, true);
      return;
    }
    library.setOwn(opened.entry, opened.text);
    open(ownKey(opened.entry.scenario.id));
  };
  const fromHash = () => {
    if (window.location.hash.startsWith('#level=')) void openLink(window.location.hash).then(play);
  };
  return {
    open,
    openFile: (file) => void openFile(file).then(play),
    openFromLink(link, now) {
      if (link.daily) {
        const today = library.daily(now);
        if (today) open(today.levelId, today.seed, today.note);
      } else if (link.levelId !== null && library.lookup(link.levelId)) {
        open(link.levelId, link.seed ?? 1, link.seed !== null ? `Seed ${link.seed}, from the link.` : null);
      }
    },
    listen() {
      installDropTarget((file) => void openFile(file).then(play));
      fromHash();
      window.addEventListener('hashchange', fromHash);
    },
  };
}
