import { isRecord, loadVersioned, saveVersioned, type Loaded, type StoreBackend } from './versionedStore';

export interface Settings {
  formatVersion: 2;
  /** 0–1. */
  effectsVolume: number;
  musicVolume: number;
  muted: boolean;
  reducedMotion: boolean;
  largeText: boolean;
  /**
   * Pacing for people: the clock stops when a fault starts or an alarm fires, with the reason on
   * screen, because at 45–90 simulated seconds per real second a fault's whole story is over in
   * about five real seconds. On by default.
   */
  pauseOnIncidents: boolean;
  /** The first level's guided first minute was finished or skipped: it does not come back. */
  guideDone: boolean;
}

export const SETTINGS_KEY = 'blast-radius.settings';

export function defaultSettings(prefersReducedMotion = false): Settings {
  return { formatVersion: 2, effectsVolume: 0.8, musicVolume: 0.4, muted: false, reducedMotion: prefersReducedMotion, largeText: false, pauseOnIncidents: true, guideDone: false };
}

const unit = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

/**
 * Version 1 had no pacing switch and no guide: both start at their defaults. The guide is offered
 * once more (it is new to this player too) and a returning player skips it with one key.
 */
export function migrateSettingsV1(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, formatVersion: 2, pauseOnIncidents: true, guideDone: false };
}

export function parseSettings(input: unknown): Settings | string {
  if (!isRecord(input)) return 'it is not an object';
  const raw = input.formatVersion === 1 ? migrateSettingsV1(input) : input;
  if (raw.formatVersion !== 2) return `formatVersion is ${JSON.stringify(raw.formatVersion)}; this game reads 1 and 2`;
  const { effectsVolume, musicVolume, muted, reducedMotion, largeText, pauseOnIncidents, guideDone } = raw;
  if (!unit(effectsVolume) || !unit(musicVolume)) return 'volumes must be between 0 and 1';
  if (typeof muted !== 'boolean' || typeof reducedMotion !== 'boolean' || typeof largeText !== 'boolean' || typeof pauseOnIncidents !== 'boolean' || typeof guideDone !== 'boolean') return 'a switch is not true/false';
  return { formatVersion: 2, effectsVolume, musicVolume, muted, reducedMotion, largeText, pauseOnIncidents, guideDone };
}

export function loadSettings(storage: StoreBackend | null, stamp: string, prefersReducedMotion: boolean): Loaded<Settings> {
  return loadVersioned(storage, SETTINGS_KEY, parseSettings, () => defaultSettings(prefersReducedMotion), 'Settings', stamp);
}

export function saveSettings(storage: StoreBackend | null, settings: Settings): void {
  saveVersioned(storage, SETTINGS_KEY, settings);
}
