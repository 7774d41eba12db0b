import { isRecord, loadVersioned, saveVersioned, type Loaded, type StoreBackend } from './versionedStore';

export interface Settings {
  formatVersion: 1;
  /** 0–1. */
  effectsVolume: number;
  musicVolume: number;
  muted: boolean;
  reducedMotion: boolean;
  largeText: boolean;
}

export const SETTINGS_KEY = 'blast-radius.settings';

export function defaultSettings(prefersReducedMotion = false): Settings {
  return { formatVersion: 1, effectsVolume: 0.8, musicVolume: 0.4, muted: false, reducedMotion: prefersReducedMotion, largeText: false };
}

const unit = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;

export function parseSettings(raw: unknown): Settings | string {
  if (!isRecord(raw)) return 'it is not an object';
  if (raw.formatVersion !== 1) return `formatVersion is ${JSON.stringify(raw.formatVersion)}; this game reads 1`;
  const { effectsVolume, musicVolume, muted, reducedMotion, largeText } = raw;
  if (!unit(effectsVolume) || !unit(musicVolume)) return 'volumes must be between 0 and 1';
  if (typeof muted !== 'boolean' || typeof reducedMotion !== 'boolean' || typeof largeText !== 'boolean') return 'a switch is not true/false';
  return { formatVersion: 1, effectsVolume, musicVolume, muted, reducedMotion, largeText };
}

export function loadSettings(storage: StoreBackend | null, stamp: string, prefersReducedMotion: boolean): Loaded<Settings> {
  return loadVersioned(storage, SETTINGS_KEY, parseSettings, () => defaultSettings(prefersReducedMotion), 'Settings', stamp);
}

export function saveSettings(storage: StoreBackend | null, settings: Settings): void {
  saveVersioned(storage, SETTINGS_KEY, settings);
}
