import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate, migrateWith, MIGRATIONS, type Migration } from '../../../src/levels/migrations';
import { parseLevel } from '../../../src/levels/parseLevel';
import { CURRENT_FORMAT_VERSION } from '../../../src/levels/schema/levelSchema';
import { messages, type LevelJson } from './helpers';

/** Frozen copies of each old format version: never edit them, add a new one per version. */
const V1_FILE = 'tests/unit/levels/fixtures/v1-sandbox.json';
const v1 = (): Record<string, unknown> => JSON.parse(readFileSync(new URL('./fixtures/v1-sandbox.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('the migration ladder', () => {
  it('climbs from 1 to the current version, 2', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
  });

  it('v1 → v2: the implicit request path (DNS → its targets → the first database) becomes an explicit topology', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const result = migrate(input, V1_FILE);
    expect(JSON.stringify(input)).toBe(before);
    expect(result.ok && result.from === 1 && result.to === 2).toBe(true);
    if (!result.ok) return;
    const out = result.value as Record<string, unknown>;
    expect(out.formatVersion).toBe(2);
    expect(out.topology).toEqual({ calls: [{ from: 'web-alb', to: 'orders-db' }] });
    expect(messages(parseLevel(input, V1_FILE))).toEqual([]);
  });

  it('v1 → v2 adds no calls for a level without a database, or with nothing DNS points at', () => {
    const noDb = v1();
    delete (noDb.estate as Record<string, unknown>).databases;
    const r = migrate(noDb, V1_FILE);
    expect(r.ok && !('topology' in (r.value as object))).toBe(true);
    const broken = v1();
    ((broken.estate as { dns: { endpoints: { target: string }[] } }).dns.endpoints[0]!).target = 'nowhere';
    const b = migrate(broken, V1_FILE);
    // The missing target is reported at the endpoint, where the author wrote it, not in a call the file never had.
    expect(b.ok && !('topology' in (b.value as object))).toBe(true);
  });

  it('v1 → v2 keeps a topology the v1 file already writes (it is never replaced)', () => {
    const input = v1();
    input.topology = { calls: [{ from: 'web-alb', to: 'orders-db', sharePct: 30 }] };
    const r = migrate(input, V1_FILE);
    expect(r.ok && (r.value as Record<string, unknown>).topology).toEqual({ calls: [{ from: 'web-alb', to: 'orders-db', sharePct: 30 }] });
  });

  it('every rung has a name and a frozen fixture of the version it starts from', () => {
    for (const [from, rung] of Object.entries(MIGRATIONS)) {
      expect(rung.name.length).toBeGreaterThan(0);
      expect(() => readFileSync(new URL(`./fixtures/v${from}-sandbox.json`, import.meta.url))).not.toThrow();
    }
  });

  it('refuses a level from a newer game, and says how to add a missing version', () => {
    expect(migrate({ formatVersion: 3 }, 'a.json')).toEqual({
      ok: false,
      problems: [{ file: 'a.json', path: 'formatVersion', message: 'this level needs a newer Blast Radius (formatVersion 3; this game reads up to 2)', hint: 'update the game, or open the level in the version it was made for' }],
    });
    expect(migrate({ id: 'x' }, 'a.json')).toEqual({
      ok: false,
      problems: [{ file: 'a.json', path: 'formatVersion', message: 'required field is missing', hint: 'add "formatVersion": 2 as the first field; it tells the game which version of the level format the file uses' }],
    });
    for (const bad of [0, -1, 1.5, '1', null, Infinity]) {
      const r = migrate({ formatVersion: bad }, 'a.json');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]!.message).toMatch(/^must be a whole number from 1 to 2, got /);
    }
  });

  it('leaves anything that is not an object to the shape check', () => {
    expect(migrate([1], 'a.json')).toEqual({ ok: true, value: [1], from: 2, to: 2 });
  });
});

/** A made-up v2 that renames estate.sessions to estate.sessionStore: proves the harness before v2 exists. */
describe('the harness, climbing a made-up ladder to v2 and v3', () => {
  const renameSessions: Migration = {
    name: 'rename estate.sessions to estate.sessionStore',
    up(level) {
      const { sessions, ...estate } = level.estate as Record<string, unknown>;
      return { ...level, formatVersion: 2, estate: sessions === undefined ? estate : { ...estate, sessionStore: sessions } };
    },
  };
  const addTags: Migration = { name: 'add tags', up: (level) => ({ ...level, formatVersion: 3, tags: [] }) };

  it('applies each rung in order, without touching the input', () => {
    const input = v1();
    const before = JSON.stringify(input);
    const result = migrateWith(input, V1_FILE, { ladder: { 1: renameSessions, 2: addTags }, current: 3 });
    expect(JSON.stringify(input)).toBe(before);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.from).toBe(1);
    expect(result.to).toBe(3);
    const out = result.value as LevelJson;
    expect(out.formatVersion).toBe(3);
    expect(out.tags).toEqual([]);
    expect(out.estate.sessionStore).toBe('store');
    expect('sessions' in out.estate).toBe(false);
  });

  it('starts from the level\'s own version', () => {
    const result = migrateWith({ formatVersion: 2 }, 'a.json', { ladder: { 1: renameSessions, 2: addTags }, current: 3 });
    expect(result).toEqual({ ok: true, value: { formatVersion: 3, tags: [] }, from: 2, to: 3 });
  });

  it('reports a missing rung and a rung that throws', () => {
    expect(migrateWith({ formatVersion: 1 }, 'a.json', { ladder: {}, current: 2 })).toEqual({
      ok: false,
      problems: [{ file: 'a.json', path: 'formatVersion', message: 'formatVersion 1 can no longer be read (no migration from 1 to 2)', hint: 're-save the level as formatVersion 2' }],
    });
    const broken: Migration = { name: 'broken', up: () => { throw new Error('estate missing'); } };
    const r = migrateWith({ formatVersion: 1 }, 'a.json', { ladder: { 1: broken }, current: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toBe('could not upgrade from formatVersion 1 (broken): estate missing');
  });
});
