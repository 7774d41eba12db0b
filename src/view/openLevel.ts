import { decodeLevelLink, encodeLevelLink } from '../levels/levelLink';
import { parseLevelText } from '../levels/parseLevel';
import { formatProblem } from '../levels/problems';
import type { CatalogEntry } from '../flow/catalog';
import { showProblemsDialog } from './problemsDialog';
import { readFileText } from './readFileText';

/** A level opened by the player (file, drop or link), or why it cannot be played. */
export type Opened = { ok: true; entry: CatalogEntry; text: string } | { ok: false; file: string; lines: string[] };

/** The biggest level file the picker or a drop will read: the level format's own 1 MB limit. */
const MAX_READ_BYTES = 1024 * 1024;

export async function openFile(file: File): Promise<Opened> {
  const read = await readFileText(file, MAX_READ_BYTES, 'a level');
  return read.ok ? openText(read.text, file.name) : { ok: false, file: file.name, lines: [read.problem] };
}

export function openText(text: string, file: string): Opened {
  const parsed = parseLevelText(text, file);
  if (!parsed.ok) return { ok: false, file, lines: parsed.problems.map(formatProblem) };
  return { ok: true, entry: { file, scenario: parsed.scenario }, text };
}

export async function openLink(fragment: string): Promise<Opened> {
  const decoded = await decodeLevelLink(fragment);
  if (!decoded.ok) return { ok: false, file: 'level link', lines: [`level link: ${decoded.reason}`] };
  return openText(decoded.value, 'level link');
}

/** The link for a level's JSON text, as a full URL of this page. */
export async function shareLink(text: string): Promise<{ ok: true; url: string } | { ok: false; reason: string }> {
  const link = await encodeLevelLink(text);
  if (!link.ok) return link;
  const url = new URL(window.location.href);
  url.hash = link.value;
  url.search = '';
  return { ok: true, url: url.toString() };
}

/**
 * The error list for a level that cannot be played: every problem as `file › path: message (hint)`,
 * readable and selectable; closing it changes nothing else (saved progress is untouched).
 */
export function showLevelProblems(file: string, lines: readonly string[]): void {
  const n = lines.length;
  showProblemsDialog(`${file} cannot be played`, `${n} problem${n === 1 ? '' : 's'}; fix ${n === 1 ? 'it' : 'them'} in the file and open it again. Nothing else was changed.`, lines);
}

/** Dropping a .json file anywhere on the page opens it. */
export function installDropTarget(onFile: (file: File) => void): () => void {
  const over = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) {
      e.preventDefault();
      document.body.classList.add('dropping');
    }
  };
  const leave = () => document.body.classList.remove('dropping');
  const drop = (e: DragEvent) => {
    leave();
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    onFile(file);
  };
  document.addEventListener('dragover', over);
  document.addEventListener('dragleave', leave);
  document.addEventListener('drop', drop);
  return () => {
    document.removeEventListener('dragover', over);
    document.removeEventListener('dragleave', leave);
    document.removeEventListener('drop', drop);
  };
}
