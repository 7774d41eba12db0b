import { type RunResult } from '../sim';

export interface ClassEntry {
  label: string;
  result: RunResult;
}

export interface Histogram {
  /** Lower edge of each bin; the last bin is closed on the right. */
  edges: number[];
  counts: number[];
  /** Which bin the par value falls in (null when the level has no par on this axis). */
  parBin: number | null;
}

/** Equal-width bins over the values (and par), so the class and par share one axis. */
export function histogram(values: readonly number[], bins: number, par?: number): Histogram {
  const all = par === undefined ? [...values] : [...values, par];
  if (all.length === 0) return { edges: [], counts: [], parBin: null };
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins }, (_, i) => lo + i * width);
  const binOf = (v: number) => Math.min(bins - 1, Math.floor((v - lo) / width));
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[binOf(v)]! += 1;
  return { edges, counts, parBin: par === undefined ? null : binOf(par) };
}

const csvCell = (v: string | number): string => {
  const s = String(v);
  // Quote anything a spreadsheet could misread, and defuse formula injection (OWASP: a leading =, +,
  // -, @, tab or carriage return).
  const safe = /^[=+\-@\t\r]/.test(s) && typeof v === 'string' ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The longest student label kept from a file name. */
const MAX_LABEL_CHARS = 60;

/**
 * A student's label from a replay file's name: "ada.replay.json" is "ada". The extension goes,
 * control characters become spaces and the rest is trimmed and capped, so a hostile file name
 * cannot lay out the results table or the CSV.
 */
export function labelFromFileName(name: string): string {
  const bare = name.replace(/\.replay\.json$|\.json$/i, '');
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const clean = bare.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return (clean === '' ? name.trim() || 'replay' : clean).slice(0, MAX_LABEL_CHARS);
}

/** The class's verified results as CSV, one row per student. */
export function resultsCsv(entries: readonly ClassEntry[]): string {
  const head = ['student', 'level', 'seed', 'uptimePct', 'requestSuccessPct', 'costUsd', 'dataLostSeconds', 'stars', 'outcome', 'hash'];
  const rows = entries.map((e) => [e.label, e.result.level, e.result.seed, e.result.uptimePct, e.result.requestSuccessPct, e.result.costUsd, e.result.dataLostSeconds, e.result.stars, e.result.outcome, e.result.hash]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}
