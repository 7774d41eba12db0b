import { isRecord, loadVersioned, saveVersioned, type Loaded, type StoreBackend } from './versionedStore';

export interface LevelProgress {
  stars: number;
  bestUptimePct: number;
  bestCostUsd: number;
  plays: number;
}

export interface Progress {
  formatVersion: 1;
  levels: Record<string, LevelProgress>;
}

export const PROGRESS_KEY = 'blast-radius.progress';

export const emptyProgress = (): Progress => ({ formatVersion: 1, levels: {} });

export function parseProgress(raw: unknown): Progress | string {
  if (!isRecord(raw)) return 'it is not an object';
  if (raw.formatVersion !== 1) return `formatVersion is ${JSON.stringify(raw.formatVersion)}; this game reads 1`;
  if (!isRecord(raw.levels)) return '"levels" is missing';
  const levels: Record<string, LevelProgress> = Object.create(null) as Record<string, LevelProgress>;
  for (const [id, v] of Object.entries(raw.levels)) {
    if (!isRecord(v)) return `levels.${id} is not an object`;
    const { stars, bestUptimePct, bestCostUsd, plays } = v;
    if (typeof stars !== 'number' || !Number.isInteger(stars) || stars < 0 || stars > 3) return `levels.${id}.stars must be 0–3`;
    if (typeof bestUptimePct !== 'number' || typeof bestCostUsd !== 'number' || typeof plays !== 'number') return `levels.${id} has a wrong field type`;
    // JSON.parse reads 1e999 as Infinity, which saves as null: the next load would set everything aside.
    if (!Number.isFinite(bestUptimePct) || !Number.isFinite(bestCostUsd) || !Number.isFinite(plays)) return `levels.${id} has a number too large to save`;
    levels[id] = { stars, bestUptimePct, bestCostUsd, plays };
  }
  return { formatVersion: 1, levels };
}

export function loadProgress(storage: StoreBackend | null, stamp: string): Loaded<Progress> {
  return loadVersioned(storage, PROGRESS_KEY, parseProgress, emptyProgress, 'Saved progress', stamp);
}

/** Records a finished run; keeps the best of each axis separately. */
export function recordRun(progress: Progress, levelId: string, run: { stars: number; uptimePct: number; costUsd: number }): Progress {
  // Own entries only: a level id such as "constructor" or "toString" would otherwise find what every object inherits.
  const prev = Object.hasOwn(progress.levels, levelId) ? progress.levels[levelId] : undefined;
  const next: LevelProgress = prev
    ? {
        stars: Math.max(prev.stars, run.stars),
        bestUptimePct: Math.max(prev.bestUptimePct, run.uptimePct),
        bestCostUsd: run.stars > 0 ? Math.min(prev.bestCostUsd, run.costUsd) : prev.bestCostUsd,
        plays: prev.plays + 1,
      }
    : { stars: run.stars, bestUptimePct: run.uptimePct, bestCostUsd: run.stars > 0 ? run.costUsd : Number.MAX_SAFE_INTEGER, plays: 1 };
  return { formatVersion: 1, levels: { ...progress.levels, [levelId]: next } };
}

export function saveProgress(storage: StoreBackend | null, progress: Progress): void {
  saveVersioned(storage, PROGRESS_KEY, progress);
}
