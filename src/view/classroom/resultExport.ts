import { recordReplay, type ReplayFile } from '../../replays/replayFile';
import { encodeResultCode } from '../../replays/resultCode';
import type { GameSession } from '../../runtime/session';
import { h } from '../dom/h';
import { downloadText, safeFileName } from './download';

/** The replay file's name: "blast-radius-spare-tyre-seed-1.replay.json". */
export function replayFileName(levelId: string, seed: number): string {
  return `${safeFileName('blast-radius', levelId, 'seed', seed)}.replay.json`;
}

/**
 * "Hand in your result", on the debrief: a result code to paste into the teacher's form (BR1-…,
 * the replay deflated) and the replay itself as a file. Both hold only what re-simulating needs —
 * level, seed, commands — plus the result, which the teacher's screen recomputes rather than trusts.
 */
export function resultExport(session: GameSession): HTMLElement {
  let replay: ReplayFile | null = null;
  // Re-simulating the run once gives the result with its hash; it is the same run, so the same numbers.
  const theReplay = (): ReplayFile => (replay ??= recordReplay(session.scenario, session.seed, session.log));
  const out = h('div', { class: 'hand-in-out', 'aria-live': 'polite' });
  const codeButton = h('button', { 'data-control': 'result-code', onclick: () => void showCode() }, 'Get result code');
  const downloadButton = h('button', { 'data-control': 'download-replay', onclick: () => download() }, 'Download replay');
  const downloadOut = h('p', { class: 'download-out muted' });

  async function showCode(): Promise<void> {
    codeButton.disabled = true;
    try {
      const code = await encodeResultCode(theReplay());
      const input = h('input', { id: 'result-code', class: 'result-code', readonly: true, value: code, spellcheck: 'false', onfocus: (e: Event) => (e.target as HTMLInputElement).select() });
      const copied = h('span', { class: 'muted', role: 'status' });
      const copy = h('button', {
        'data-control': 'copy-code',
        onclick: () => {
          input.select();
          void navigator.clipboard?.writeText(code).then(
            () => (copied.textContent = 'Copied.'),
            () => (copied.textContent = 'Select the code and copy it (Ctrl+C).'),
          );
        },
      }, 'Copy');
      out.replaceChildren(
        h('label', { for: 'result-code' }, `Your result code (${code.length} characters): hand it in as it is`),
        h('div', { class: 'code-row' }, input, copy, copied),
      );
      input.focus();
    } catch (err) {
      out.textContent = `No code: ${(err as Error).message}.`;
    } finally {
      codeButton.disabled = false;
    }
  }

  function download(): void {
    const r = theReplay();
    const link = downloadText(replayFileName(r.level.id, r.seed), `${JSON.stringify(r, null, 1)}\n`, 'application/json');
    downloadOut.replaceChildren('Saved ', link, '. Open it with "Import replay…" on the title or level screen to watch it again.');
  }

  return h(
    'section',
    { class: 'hand-in debrief-block', 'aria-labelledby': 'hand-in-heading' },
    h('h3', { id: 'hand-in-heading' }, 'Hand in your result'),
    h('p', { class: 'muted' }, `A result code and a replay file hold this run (level, seed ${session.seed} and your ${session.log.length} ${session.log.length === 1 ? 'command' : 'commands'}). Your teacher's screen re-simulates them, so the numbers cannot be edited.`),
    h('div', { class: 'actions' }, codeButton, downloadButton),
    out,
    downloadOut,
  );
}
