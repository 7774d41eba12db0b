import { labelFromFileName, resultsCsv } from '../../replays/classResults';
import { MAX_REPLAY_BYTES } from '../../replays/replayFile';
import { createVerifier, type Verifier } from '../../replays/verifier';
import { type ScenarioSpec } from '../../sim';
import { h, replaceChildren, setText } from '../dom/h';
import { andList, formatUsd } from '../format';
import type { Screen } from '../screens/screen';
import { starsText } from '../stars';
import { checkClassCodes, type ClassCheck, type HandIn, type LevelResults } from './checkClassCodes';
import { checkProgress } from './checkProgress';
import { classHistogram } from './classHistogram';
import { parseCodeLines } from './codeLines';
import { downloadText, safeFileName } from './download';

export interface ClassResultsActions {
  back(): void;
  /** The game's own level with this id (par and the tamper check come from it). */
  knownLevel(id: string): ScenarioSpec | undefined;
}

/** Lets the page draw between two re-simulations. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The teacher's screen: paste the class's result codes (one per line, "name: code" or just the
 * code) and/or add replay files; each is decoded and re-simulated on its own — a malformed or
 * tampered one is listed with its reasons and does not disturb the rest — then the results show as
 * histograms of uptime and cost with par marked, a table, and a CSV to download.
 *
 * The re-simulating runs in a Web Worker (src/replays/verifier.ts): a heavy code once froze the tab
 * for over 90 s. The page shows which hand-in is running and for how long, and Cancel terminates the
 * worker and says which hand-ins were and were not checked.
 */
export function classResultsScreen(actions: ClassResultsActions): Screen {
  const textarea = h('textarea', { id: 'class-codes', rows: '8', spellcheck: 'false', placeholder: 'Ada: BR1-…\nGrace: BR1-…' });
  const files = h('input', { type: 'file', id: 'class-replays', accept: '.json,application/json', multiple: true });
  const status = h('p', { class: 'class-status', role: 'status', 'aria-live': 'polite' });
  const results = h('div', { class: 'class-results-out' });
  const exportButton = h('button', { 'data-control': 'export-csv', disabled: true, onclick: () => exportCsv() }, 'Export CSV');
  const checkButton = h('button', { class: 'primary', 'data-control': 'check-codes', onclick: () => void check() }, 'Check results');
  const exportOut = h('p', { class: 'download-out muted' });
  const progress = checkProgress(() => cancel());
  let last: ClassCheck | null = null;
  let running = false;
  let verifier: Verifier | null = null;
  let abort: AbortController | null = null;

  function cancel(): void {
    abort?.abort();
    verifier?.cancel();
  }

  async function check(): Promise<void> {
    if (running) return;
    running = true;
    checkButton.disabled = true;
    exportButton.disabled = true;
    const v = (verifier ??= createVerifier());
    const given: HandIn[] = parseCodeLines(textarea.value).map((l) => ({ label: l.label, verify: () => v.verify({ kind: 'code', code: l.code, label: l.label }) }));
    for (const f of Array.from(files.files ?? [])) {
      const label = labelFromFileName(f.name);
      given.push({
        label,
        verify: async () => (f.size > MAX_REPLAY_BYTES ? { ok: false, problems: [`${label}: the file is too big to be a replay`] } : v.verify({ kind: 'replay', text: await f.text(), label })),
      });
    }
    // Each hand-in tells the progress line when it starts (checkClassCodes runs them in order).
    const handIns = given.map((hi, i): HandIn => ({
      label: hi.label,
      verify: () => {
        progress.item(i, hi.label);
        return hi.verify();
      },
    }));
    if (handIns.length === 0) {
      setText(status, 'Paste at least one result code, or add replay files.');
      running = false;
      checkButton.disabled = false;
      return;
    }
    setText(status, `Checking ${handIns.length} results by re-simulating each…`);
    abort = new AbortController();
    progress.start(handIns.length);
    progress.cancelButton.focus();
    last = await checkClassCodes(handIns, {
      knownLevel: actions.knownLevel,
      signal: abort.signal,
      progress: async (done, total) => {
        setText(status, `Checked ${done} of ${total}…`);
        progress.done(done);
        await breathe();
      },
    });
    const cancelledFocus = document.activeElement === progress.cancelButton;
    progress.stop();
    abort = null;
    const accepted = last.levels.reduce((n, g) => n + g.entries.length, 0);
    const shared = last.sameRun.length === 0 ? '' : ` ${last.sameRun.length} ${last.sameRun.length === 1 ? 'run was' : 'runs were'} handed in under more than one name (see below).`;
    const checked = handIns.length - last.unchecked.length;
    setText(
      status,
      last.unchecked.length === 0
        ? `${accepted} accepted, ${last.rejected.length} rejected, of ${handIns.length}.${shared}`
        : `Cancelled: ${checked} of ${handIns.length} checked (${accepted} accepted, ${last.rejected.length} rejected); ${last.unchecked.length} not checked (listed below).${shared}`,
    );
    render(last);
    exportButton.disabled = accepted === 0;
    checkButton.disabled = false;
    running = false;
    if (cancelledFocus) checkButton.focus();
  }

  function render(c: ClassCheck): void {
    replaceChildren(
      results,
      c.unchecked.length > 0
        ? h(
            'section',
            { class: 'unchecked', 'aria-labelledby': 'unchecked-heading' },
            h('h3', { id: 'unchecked-heading' }, `Not checked (${c.unchecked.length})`),
            h('p', {}, 'Checking was cancelled before these were re-simulated: they are neither accepted nor rejected. Check results again to include them.'),
            h('ul', {}, ...c.unchecked.map((label) => h('li', { 'data-label': label }, label))),
          )
        : null,
      c.rejected.length > 0
        ? h(
            'section',
            { class: 'rejected', 'aria-labelledby': 'rejected-heading' },
            h('h3', { id: 'rejected-heading' }, `Rejected (${c.rejected.length})`),
            h('ul', { class: 'problems' }, ...c.rejected.map((r) => h('li', { 'data-label': r.label }, h('strong', {}, r.label), ': ', r.problems.map((p) => p.replace(`${r.label}: `, '').replace(`${r.label} › `, '')).join('; ')))),
          )
        : null,
      c.sameRun.length > 0
        ? h(
            'section',
            { class: 'same-run', 'aria-labelledby': 'same-run-heading' },
            h('h3', { id: 'same-run-heading' }, `⚠ Same run under more than one name (${c.sameRun.length})`),
            h('p', {}, 'Each line is one run (the same level, seed and moves) handed in under several names. All of them are counted below: check that each student handed in their own.'),
            h('ul', {}, ...c.sameRun.map((names) => h('li', {}, `${andList(names)}: the same run`))),
          )
        : null,
      ...c.levels.map((g, i) => levelSection(g, i, c.sameRun)),
    );
  }

  function levelSection(g: LevelResults, index: number, sameRun: readonly string[][]): HTMLElement {
    const flag = (label: string) => {
      const others = sameRun.find((names) => names.includes(label))?.filter((n) => n !== label);
      return others ? h('span', { class: 'same-run-flag' }, others.length > 0 ? ` ⚠ same run as ${andList(others)}` : ' ⚠ same run handed in twice') : null;
    };
    const par = g.level.par;
    const id = `class-level-${index}`;
    return h(
      'section',
      { class: 'class-level', 'aria-labelledby': id, 'data-level': g.level.id },
      h('h3', { id }, `${g.level.title}: ${g.entries.length} ${g.entries.length === 1 ? 'result' : 'results'}${g.shipped ? '' : ' (a level not shipped with the game)'}`),
      h(
        'div',
        { class: 'class-histograms' },
        classHistogram({ title: 'Uptime', values: g.entries.map((e) => e.result.uptimePct), par: par?.uptimePct, format: (v) => `${v.toFixed(2)} %`, higherIsBetter: true }),
        classHistogram({ title: 'Cost', values: g.entries.map((e) => e.result.costUsd), par: par?.costUsd, format: formatUsd, higherIsBetter: false }),
      ),
      h(
        'table',
        { class: 'ledger class-table' },
        h('caption', { class: 'visually-hidden' }, `Results for ${g.level.title}`),
        h('thead', {}, h('tr', {}, ...['Student', 'Seed', 'Uptime', 'Cost', 'Stars', 'Outcome'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          ...g.entries.map((e) =>
            h('tr', {}, h('th', { scope: 'row' }, e.label, flag(e.label)), h('td', {}, String(e.result.seed)), h('td', { class: 'num' }, `${e.result.uptimePct.toFixed(2)} %`), h('td', { class: 'num' }, formatUsd(e.result.costUsd)), h('td', {}, starsText(e.result.stars)), h('td', {}, e.result.outcome)),
          ),
        ),
      ),
    );
  }

  function exportCsv(): void {
    if (!last) return;
    const entries = last.levels.flatMap((g) => g.entries);
    const name = `${safeFileName('class-results', ...(last.levels.length === 1 ? [last.levels[0]!.level.id] : []))}.csv`;
    const link = downloadText(name, resultsCsv(entries), 'text/csv');
    exportOut.replaceChildren('Saved ', link, `: ${entries.length} rows.`);
  }

  const el = h(
    'section',
    { class: 'screen class-results', 'aria-labelledby': 'class-results-heading' },
    h('h2', { id: 'class-results-heading' }, 'Class results'),
    h('p', {}, 'Each student hands in the result code from their debrief (or the replay file). Every one is re-simulated here, so edited numbers are caught; a bad one is listed with the reason and the rest still count. Nothing leaves this computer.'),
    h('label', { for: 'class-codes' }, 'Result codes, one per line (optionally "name: code")'),
    textarea,
    h('label', { for: 'class-replays', class: 'file-label' }, 'Replay files (optional)'),
    files,
    h('div', { class: 'actions' }, checkButton, exportButton, h('button', { 'data-control': 'menu', onclick: actions.back }, 'Back', h('kbd', {}, 'Esc'))),
    progress.el,
    status,
    exportOut,
    results,
  );
  // Leaving the screen mid-check stops the worker: nobody is waiting for its answers.
  return { el, focus: textarea, dispose: cancel };
}
