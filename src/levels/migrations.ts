import type { LevelProblem } from './problems';
import { describeValue } from '../shared/schema/describe';
import { CURRENT_FORMAT_VERSION } from './schema/levelSchema';

/**
 * One rung of the ladder: turns a level of formatVersion `n` into formatVersion `n + 1`. A rung gets
 * a plain JSON object (shape not yet checked), must not change it, and returns a new object whose
 * formatVersion is `n + 1`. Each rung is tested on a frozen fixture of version `n`.
 */
export interface Migration {
  /** What changed, in a few words: "rename estate.sessions to estate.sessionStore". */
  name: string;
  up(level: Record<string, unknown>): Record<string, unknown>;
}

/** Keyed by the version a rung starts from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: {
    name: 'the request path becomes explicit: every front component calls the first database',
    up(level) {
      // A v1 file that already writes a topology (it came with v2) means it: keep it, never replace it.
      if (Object.hasOwn(level, 'topology')) return { ...level, formatVersion: 2 };
      // Version 1 had one implicit request path: DNS → its endpoints' targets → the first database.
      const estate = (isObject(level.estate) ? level.estate : {}) as Record<string, unknown>;
      const dns = isObject(estate.dns) ? estate.dns : undefined;
      const endpoints = dns && Array.isArray(dns.endpoints) ? dns.endpoints : [];
      const databases = Array.isArray(estate.databases) ? estate.databases : [];
      const first = databases[0];
      // Only what names something that exists: a broken v1 file is reported where it is broken, not in calls it never wrote.
      const ids = (list: unknown): string[] => (Array.isArray(list) ? list.flatMap((x) => (isObject(x) && typeof x.id === 'string' ? [x.id] : [])) : []);
      const known = new Set([...ids(estate.loadBalancers), ...ids(estate.instances)]);
      const fronts: string[] = [];
      for (const e of endpoints) if (isObject(e) && typeof e.target === 'string' && known.has(e.target) && !fronts.includes(e.target)) fronts.push(e.target);
      const out: Record<string, unknown> = { ...level, formatVersion: 2 };
      const to = isObject(first) && typeof first.id === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(first.id) ? first.id : null;
      const validFronts = fronts.filter((f) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(f));
      if (to !== null && validFronts.length > 0) out.topology = { calls: validFronts.map((from) => ({ from, to })) };
      return out;
    },
  },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export type MigrationResult =
  | { ok: true; value: unknown; from: number; to: number }
  | { ok: false; problems: LevelProblem[] };

/** Brings a level up to the current formatVersion, one rung at a time. */
export function migrate(input: unknown, file: string): MigrationResult {
  return migrateWith(input, file, { ladder: MIGRATIONS, current: CURRENT_FORMAT_VERSION });
}

/** `migrate` with any ladder: the tests climb a made-up one to prove the harness before v2 exists. */
export function migrateWith(input: unknown, file: string, opts: { ladder: Readonly<Record<number, Migration>>; current: number }): MigrationResult {
  const { ladder, current } = opts;
  // Not an object: nothing to migrate; the shape check says what is wrong.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: true, value: input, from: current, to: current };
  const level = input as Record<string, unknown>;
  const fail = (message: string, hint: string): MigrationResult => ({ ok: false, problems: [{ file, path: 'formatVersion', message, hint }] });
  const version = Object.hasOwn(level, 'formatVersion') ? level.formatVersion : undefined;
  if (version === undefined) {
    return fail('required field is missing', `add "formatVersion": ${current} as the first field; it tells the game which version of the level format the file uses`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const allowed = current === 1 ? '1' : `a whole number from 1 to ${current}`;
    return fail(`must be ${allowed}, got ${describeValue(version)}`, `this game writes "formatVersion": ${current}`);
  }
  if (version > current) {
    return fail(`this level needs a newer Blast Radius (formatVersion ${version}; this game reads up to ${current})`, 'update the game, or open the level in the version it was made for');
  }
  let value = level;
  for (let v = version; v < current; v++) {
    const rung = Object.hasOwn(ladder, v) ? ladder[v] : undefined;
    if (!rung) return fail(`formatVersion ${v} can no longer be read (no migration from ${v} to ${v + 1})`, `re-save the level as formatVersion ${current}`);
    try {
      value = rung.up(value);
    } catch (e) {
      return fail(`could not upgrade from formatVersion ${v} (${rung.name}): ${e instanceof Error ? e.message : String(e)}`, 'check the file by hand against the level format');
    }
  }
  return { ok: true, value, from: version, to: current };
}
