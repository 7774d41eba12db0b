import { findLevel } from '../flow/catalog';
import { canonicalJson } from '../sim';
import type { Announce } from '../view/announcer';
import { createVerifier, type Verifier } from '../replays/verifier';
import { importProgressDialog } from '../view/classroom/importProgressDialog';
import { importReplayFile, showReplayProblems, type ImportedReplay } from '../view/classroom/importReplay';
import type { FlowActor } from './flowActor';
import { ownKey, type LevelLibrary } from './levelLibrary';
import type { LevelOpener } from './levelOpener';

type Verified = Extract<ImportedReplay, { ok: true }>;

export interface ReplayImports {
  /** The replay being watched (flow state "replay"), or null. */
  readonly current: Verified | null;
  /** Verifies a replay file by re-simulating it; if it holds up, the flow shows it. */
  importFile(file: File): void;
  /** "Play this level": the shipped level if the replay's is the same, else the replay's own copy. */
  playLevel(): void;
  /** The flow left the replay's screen: its re-simulated session is no longer needed. */
  release(): void;
}

export function createReplayImports(flow: Pick<FlowActor, 'getSnapshot' | 'send'>, library: LevelLibrary, opener: LevelOpener, announce: Announce): ReplayImports {
  let current: Verified | null = null;
  let verifier: Verifier | null = null;
  const release = () => {
    current?.session.dispose();
    current = null;
  };
  return {
    get current() {
      return current;
    },
    importFile(file) {
      announce(`Checking ${file.name} by re-simulating it…`);
      const v = (verifier ??= createVerifier());
      const abort = new AbortController();
      const dialog = importProgressDialog(file.name, () => {
        abort.abort();
        v.cancel();
      });
      void importReplayFile(file, { verifier: v, signal: abort.signal, progress: dialog.show }).then((r) => {
        dialog.close();
        if ('cancelled' in r) {
          announce(`${r.file}: cancelled; nothing was changed.`);
          return;
        }
        if (!r.ok) {
          showReplayProblems(r.file, r.problems);
          announce(`${r.file} was not played: ${r.problems.length} problem(s).`, true);
          return;
        }
        // Only where the flow can show it (the menus, or another replay); otherwise nothing holds it.
        if (!flow.getSnapshot().can({ type: 'WATCH_REPLAY' })) {
          r.session.dispose();
          return;
        }
        const previous = current;
        current = r;
        flow.send({ type: 'WATCH_REPLAY' });
        previous?.session.dispose();
        announce(`${r.file}: verified. ${r.replay.level.title}, ${r.replay.result.uptimePct.toFixed(2)} % uptime.`);
      });
    },
    playLevel() {
      if (!current) return;
      const { file, replay } = current;
      const shipped = findLevel(library.catalog, replay.level.id);
      // A replay of an edited level plays that level, never the shipped one with the same id.
      const isShipped = shipped !== undefined && canonicalJson(shipped.scenario) === canonicalJson(replay.level);
      if (!isShipped) library.setOwn({ file, scenario: replay.level }, JSON.stringify(replay.level, null, 2));
      opener.open(isShipped ? replay.level.id : ownKey(replay.level.id), replay.seed, `Seed ${replay.seed}, from the replay ${file}.`);
    },
    release,
  };
}
