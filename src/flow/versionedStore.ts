/**
 * Saved data in localStorage, with a format version. Data that fails to parse is never discarded
 * silently and never crashes the game: it is moved aside (one copy per key, replaced by a later
 * one, so reloads cannot fill storage) and the caller gets a message to show, then starts from the
 * defaults.
 */
export interface Loaded<T> {
  value: T;
  /** Set when saved data could not be read and was set aside. */
  problem: string | null;
}

export interface StoreBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  /** localStorage has it; without it the unreadable value stays and is set aside again (to the same copy). */
  removeItem?(key: string): void;
}

export const MAX_SAVED_BYTES = 256 * 1024;

export function loadVersioned<T>(
  storage: StoreBackend | null,
  key: string,
  parse: (raw: unknown) => T | string,
  defaults: () => T,
  label: string,
  stamp: string,
): Loaded<T> {
  if (!storage) return { value: defaults(), problem: null };
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { value: defaults(), problem: `${label} could not be read (storage is unavailable); nothing was changed.` };
  }
  if (text === null) return { value: defaults(), problem: null };
  let reason: string;
  if (text.length > MAX_SAVED_BYTES) reason = `it is ${Math.round(text.length / 1024)} kB, over the ${MAX_SAVED_BYTES / 1024} kB limit`;
  else {
    try {
      const parsed = parse(JSON.parse(text));
      if (typeof parsed !== 'string') return { value: parsed, problem: null };
      reason = parsed;
    } catch {
      reason = 'it is not valid JSON';
    }
  }
  const aside = `${key}.corrupt`;
  try {
    storage.setItem(aside, text);
    // Moved, not copied: the next load finds nothing to set aside again.
    storage.removeItem?.(key);
  } catch {
    /* best effort: the message still tells the player */
  }
  return { value: defaults(), problem: `${label} could not be read (${reason}). It was kept aside as "${aside}" (at ${stamp}) and the game starts with fresh ${label.toLowerCase()}.` };
}

export function saveVersioned(storage: StoreBackend | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    /* storage full or disabled: the game goes on without saving */
  }
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
