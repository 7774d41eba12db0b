import { MAX_REPLAY_BYTES, verifyReplayText, type ReplayFile } from '../../replays/replayFile';
import { showProblemsDialog } from '../problemsDialog';
import { readFileText } from '../readFileText';
import type { GameSession } from '../../runtime/session';
import { createReplay } from '../debrief/replayRun';
import { h } from '../dom/h';
import { formatUsd } from '../format';

export type ImportedReplay = { ok: true; file: string; replay: ReplayFile; session: GameSession } | { ok: false; file: string; problems: string[] };

/**
 * Reads a replay file, verifies it (re-simulating it and comparing with what it says) and, when it
 * holds up, re-simulates it once more in a GameSession so the debrief — charts, incidents, replay
 * panel — can show it exactly as it would show the player's own run.
 */
export async function importReplayFile(file: File): Promise<ImportedReplay> {
  const read = await readFileText(file, MAX_REPLAY_BYTES, 'a replay');
  return read.ok ? importReplayText(read.text, file.name) : { ok: false, file: file.name, problems: [read.problem] };
}

export function importReplayText(text: string, file: string): ImportedReplay {
  // A check that throws on some input nobody foresaw must still end "Checking…" with words.
  try {
    return checkedReplay(text, file);
  } catch (err) {
    return { ok: false, file, problems: [`${file}: this replay could not be checked (${(err as Error).message}); nothing was changed`] };
  }
}

function checkedReplay(text: string, file: string): ImportedReplay {
  const verified = verifyReplayText(text, file);
  if (!verified.ok) return { ok: false, file, problems: verified.problems };
  const r = verified.replay;
  const run = createReplay({ scenario: r.level, seed: r.seed, log: r.commands });
  run.seek(run.durationTicks);
  return { ok: true, file, replay: r, session: run.session };
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
