import { MAX_REPLAY_BYTES, type ReplayFile } from '../../replays/replayFile';
import type { Verifier } from '../../replays/verifier';
import { showProblemsDialog } from '../problemsDialog';
import { readFileText } from '../readFileText';
import type { GameSession } from '../../runtime/session';
import { createReplay } from '../debrief/replayRun';
import { h } from '../dom/h';
import { formatUsd } from '../format';

export type ImportedReplay =
  | { ok: true; file: string; replay: ReplayFile; session: GameSession }
  | { ok: false; file: string; problems: string[] }
  /** The player pressed Cancel: nothing was changed. */
  | { ok: false; file: string; cancelled: true };

/** Where an import is: verifying (in the worker: no fraction to show), then building the debrief's run. */
export type ImportProgress = { stage: 'verifying' } | { stage: 'preparing'; fraction: number };

export interface ImportOptions {
  /** Re-simulates the file to check it, off the page's thread where it can. */
  verifier: Verifier;
  /** Cancel: the verifier is cancelled by the caller; the debrief's run stops at its next slice. */
  signal?: AbortSignal;
  progress?(p: ImportProgress): void;
}

/**
 * The debrief's own re-simulation runs on the page (its GameSession is what the debrief reads), so it
 * goes in slices of about this many milliseconds with a turn of the event loop between: the page
 * stays responsive (well under the 50 ms a "long task" starts at) and Cancel is heard.
 */
const SLICE_MS = 25;
/** Ticks stepped between two looks at the clock (a tick of a campaign level takes microseconds). */
const TICKS_PER_LOOK = 64;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a replay file, verifies it (re-simulating it and comparing with what it says) and, when it
 * holds up, re-simulates it once more in a GameSession so the debrief — charts, incidents, replay
 * panel — can show it exactly as it would show the player's own run.
 */
export async function importReplayFile(file: File, options: ImportOptions): Promise<ImportedReplay> {
  const read = await readFileText(file, MAX_REPLAY_BYTES, 'a replay');
  return read.ok ? importReplayText(read.text, file.name, options) : { ok: false, file: file.name, problems: [read.problem] };
}

export async function importReplayText(text: string, file: string, options: ImportOptions): Promise<ImportedReplay> {
  const cancelled = { ok: false, file, cancelled: true } as const;
  // A check that throws on some input nobody foresaw must still end "Checking…" with words.
  try {
    options.progress?.({ stage: 'verifying' });
    const verified = await options.verifier.verify({ kind: 'replay', text, label: file });
    if (options.signal?.aborted) return cancelled;
    if (!verified.ok) return { ok: false, file, problems: verified.problems };
    const r = verified.replay;
    const run = createReplay({ scenario: r.level, seed: r.seed, log: r.commands });
    for (;;) {
      const sliceStart = performance.now();
      let done = false;
      while (!done && performance.now() - sliceStart < SLICE_MS) done = run.seek(run.durationTicks, TICKS_PER_LOOK);
      if (done) break;
      options.progress?.({ stage: 'preparing', fraction: run.tick / run.durationTicks });
      await nextTurn();
      if (options.signal?.aborted) {
        run.dispose();
        return cancelled;
      }
    }
    return { ok: true, file, replay: r, session: run.session };
  } catch (err) {
    if (options.signal?.aborted) return cancelled;
    return { ok: false, file, problems: [`${file}: this replay could not be checked (${(err as Error).message}); nothing was changed`] };
  }
}

/** The line above an imported replay's debrief: where it came from and that it was checked. */
export function importedBanner(imported: Extract<ImportedReplay, { ok: true }>, playLevel: () => void): HTMLElement {
  const r = imported.replay;
  return h(
    'section',
    { class: 'imported-replay notice', 'aria-labelledby': 'imported-heading' },
    h('h3', { id: 'imported-heading' }, `Imported replay: ${imported.file}`),
    h('p', {}, `${r.level.title}, seed ${r.seed}, ${r.commands.length} ${r.commands.length === 1 ? 'command' : 'commands'}. Verified by re-simulating it: ${r.result.uptimePct.toFixed(2)} % uptime and ${formatUsd(r.result.costUsd)}, exactly as recorded.`),
    h('div', { class: 'actions' }, h('button', { 'data-control': 'play-replayed-level', onclick: playLevel }, `Play this level with seed ${r.seed}`)),
  );
}

/** Why a replay file was not played: every problem, naming what was wrong. */
export function showReplayProblems(file: string, problems: readonly string[]): void {
  const found = problems.length === 1 ? 'This problem was' : `These ${problems.length} problems were`;
  showProblemsDialog(`${file} was not played`, `A replay is checked by re-simulating it. ${found} found; nothing else changed.`, problems);
}
