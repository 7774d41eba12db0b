import { loadProgress, recordRun, saveProgress, type Progress } from '../flow/progress';
import { loadSettings, saveSettings, type Settings } from '../flow/settings';
import type { StoreBackend } from '../flow/versionedStore';

/** What progress keeps of a run: the best of each, per level. */
export interface RunResult {
  stars: number;
  uptimePct: number;
  costUsd: number;
}

export interface PlayerData {
  readonly progress: Progress;
  readonly settings: Settings;
  /** Why saved data was set aside at load (shown on the title), if it was. */
  readonly problems: readonly string[];
  /** Records a finished run of a shipped level (its score, or any object with these fields) and saves it. */
  recordRun(levelId: string, run: RunResult): void;
  changeSettings(next: Settings): void;
}

export interface PlayerDataOptions {
  storage: StoreBackend | null;
  /** Names data set aside when it cannot be read. */
  stamp: string;
  prefersReducedMotion: boolean;
  /** Test mode: muted and without motion, whatever was saved. */
  testMode: boolean;
}

/**
 * The player's saved progress and settings: read once at start, written on every change. The only
 * code that touches storage; callers decide what counts (custom levels are never recorded).
 */
export function createPlayerData(opts: PlayerDataOptions): PlayerData {
  const loadedProgress = loadProgress(opts.storage, opts.stamp);
  const loadedSettings = loadSettings(opts.storage, opts.stamp, opts.prefersReducedMotion);
  let progress = loadedProgress.value;
  let settings = loadedSettings.value;
  if (opts.testMode) settings = { ...settings, muted: true, reducedMotion: true };
  return {
    get progress() {
      return progress;
    },
    get settings() {
      return settings;
    },
    problems: [loadedProgress.problem, loadedSettings.problem].filter((p): p is string => p !== null),
    recordRun(levelId, run) {
      progress = recordRun(progress, levelId, { stars: run.stars, uptimePct: run.uptimePct, costUsd: run.costUsd });
      saveProgress(opts.storage, progress);
    },
    changeSettings(next) {
      settings = next;
      saveSettings(opts.storage, settings);
    },
  };
}
