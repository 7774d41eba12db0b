import { findLevel, nextLevel, parScript } from '../flow/catalog';
import type { FlowState } from '../flow/gameFlowMachine';
import type { AppPort } from './appPort';
import { classResultsScreen } from './classroom/classResultsScreen';
import { importedBanner } from './classroom/importReplay';
import { resultExport } from './classroom/resultExport';
import { briefingScreen } from './screens/briefingScreen';
import { debriefScreen } from './screens/debriefScreen';
import { levelSelectScreen } from './screens/levelSelectScreen';
import { playScreen } from './screens/playScreen';
import type { Screen } from './screens/screen';
import { titleScreen } from './screens/titleScreen';
import { shareLink } from './openLevel';

/**
 * The screen for a flow state, built from what the app holds. Every button sends a flow event or
 * asks the app; null when the state has nothing to show (boot has the loading screen; a run whose
 * level could not be found keeps the previous screen).
 */
export function screenFor(state: FlowState, app: AppPort, rerender: () => void): Screen | null {
  const send = app.flow.send;
  const menu = () => send({ type: 'MENU' });
  const { levelId, seed, seedNote, compare } = app.flow.context();
  const catalog = app.catalog();
  switch (state) {
    case 'boot':
      return null;
    case 'title':
      return titleScreen(
        {
          play: () => send({ type: 'CONTINUE' }),
          settings: () => send({ type: 'OPEN_SETTINGS' }),
          classroom: {
            on: app.mode() === 'classroom',
            toggle: () => {
              app.toggleClassroom();
              // The title shows the switch's state, so it is drawn again.
              rerender();
            },
          },
          classResults: () => send({ type: 'CLASS_RESULTS' }),
          importReplay: app.importReplay,
        },
        app.notices(),
      );
    case 'levelSelect': {
      const today = app.daily();
      return levelSelectScreen(catalog.campaign, catalog.sandbox, app.progress(), {
        select: (id) => send({ type: 'SELECT_LEVEL', levelId: id }),
        back: menu,
        openFile: app.openLevelFile,
        daily: today ? { title: today.title, start: () => send({ type: 'SELECT_LEVEL', levelId: today.levelId, seed: today.seed, note: today.note }) } : null,
        importReplay: app.importReplay,
      });
    }
    case 'briefing': {
      const entry = levelId ? app.lookup(levelId) : undefined;
      if (!entry) return null;
      const own = app.ownLevelText(levelId!);
      // Par is the shipped level's reference solution: a level of the player's own has none.
      const par = own === null && app.mode() === 'classroom' ? parScript(entry) : null;
      return briefingScreen(
        entry.scenario,
        { start: () => send({ type: 'START' }), back: menu, share: own !== null ? () => shareLink(own) : null },
        { note: seedNote ?? (seed !== 1 ? `Seed ${seed}.` : null), sideBySide: par ? () => send({ type: 'START', compare: true }) : null },
      );
    }
    case 'playing':
    case 'paused': {
      const session = app.session();
      if (!session) return null;
      const entry = levelId ? app.lookup(levelId) : undefined;
      const par = compare && entry && app.ownLevelText(levelId!) === null ? parScript(entry) : null;
      const mode = app.mode();
      const isSandbox = catalog.sandbox !== null && entry === catalog.sandbox;
      const guided = showsGuide(session.scenario.id, app, par !== null);
      const screen = playScreen(
        session,
        app.mountBoard(),
        {
          pauseChanged: (paused) => send({ type: paused ? 'PAUSE' : 'RESUME' }),
          menu,
          retry: () => send({ type: 'RETRY' }),
          announce: app.announce,
          withdraw: app.lines.withdraw,
        },
        app.settings().reducedMotion,
        {
          presenter: mode === 'classroom',
          faults: mode !== 'play' || isSandbox,
          compare: par,
          pacing: () => app.settings().pauseOnIncidents,
          guide: guided ? { done: () => { if (!app.settings().guideDone) app.changeSettings({ ...app.settings(), guideDone: true }); } } : null,
        },
      );
      // The guide announces its first step instead (the polite region keeps only the latest line).
      if (!guided) app.announce(`${session.scenario.title} started${par ? ', side by side with par' : ''}. Space pauses.`);
      return screen;
    }
    case 'debrief': {
      const session = app.session();
      if (!session || !levelId) return null;
      const next = nextLevel(catalog, levelId);
      const entry = app.lookup(levelId);
      // The shipped level's reference solution, for "what the missing protection would have changed".
      const par = entry && app.ownLevelText(levelId) === null ? parScript(entry) : null;
      return debriefScreen(
        session,
        { retry: () => send({ type: 'RETRY' }), next: next ? () => send({ type: 'NEXT', levelId: next.scenario.id }) : null, menu },
        [resultExport(session)],
        par,
      );
    }
    case 'replay': {
      const imported = app.replay();
      if (!imported) return null;
      // A replay of a shipped level, unchanged, is compared with that level's reference run too.
      const shipped = findLevel(catalog, imported.session.scenario.id);
      const par = shipped && JSON.stringify(shipped.scenario) === JSON.stringify(imported.session.scenario) ? parScript(shipped) : null;
      return debriefScreen(imported.session, { retry: app.playReplayedLevel, next: null, menu }, [importedBanner(imported, app.playReplayedLevel)], par);
    }
    case 'classResults':
      return classResultsScreen({ back: menu, knownLevel: (id) => findLevel(catalog, id)?.scenario });
  }
}

/** The guided first minute belongs to the first campaign level, played (not presented), until it is done or skipped. */
const GUIDED_LEVEL = 'lifecycle';
function showsGuide(levelId: string, app: AppPort, sideBySide: boolean): boolean {
  return levelId === GUIDED_LEVEL && app.mode() === 'play' && !sideBySide && !app.settings().guideDone;
}
