import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, recordRun, emptyProgress } from '../../../src/flow/progress';
import { loadSettings, SETTINGS_KEY, defaultSettings } from '../../../src/flow/settings';
import type { StoreBackend } from '../../../src/flow/versionedStore';

function memory(initial: Record<string, string> = {}): StoreBackend & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
}

describe('saved progress and settings', () => {
  it('reads what it wrote', () => {
    const p = recordRun(emptyProgress(), 'lifecycle', { stars: 2, uptimePct: 99.5, costUsd: 10 });
    const store = memory({ [PROGRESS_KEY]: JSON.stringify(p) });
    expect(loadProgress(store, 'T')).toEqual({ value: p, problem: null });
  });

  it('keeps the best of each axis separately, and counts plays', () => {
    let p = recordRun(emptyProgress(), 'x', { stars: 3, uptimePct: 99, costUsd: 5 });
    p = recordRun(p, 'x', { stars: 1, uptimePct: 99.9, costUsd: 9 });
    expect(p.levels.x).toEqual({ stars: 3, bestUptimePct: 99.9, bestCostUsd: 5, plays: 2 });
  });

  it('records a level whose id every object inherits (constructor, toString, __proto__) like any other (found by npm run fuzz)', () => {
    for (const id of ['constructor', 'toString', '__proto__']) {
      const p = recordRun(emptyProgress(), id, { stars: 2, uptimePct: 99.5, costUsd: 10 });
      expect(Object.getOwnPropertyDescriptor(p.levels, id)?.value).toEqual({ stars: 2, bestUptimePct: 99.5, bestCostUsd: 10, plays: 1 });
      // Before, the inherited value made stars NaN, saved as null: the next load set all progress aside.
      expect(loadProgress(memory({ [PROGRESS_KEY]: JSON.stringify(p) }), 'T').problem).toBeNull();
    }
  });

  it('refuses a number JSON reads as Infinity at once, not after the next save (found by npm run fuzz)', () => {
    const text = '{"formatVersion":1,"levels":{"lifecycle":{"stars":1,"bestUptimePct":1e999,"bestCostUsd":2,"plays":1}}}';
    expect(loadProgress(memory({ [PROGRESS_KEY]: text }), 'T').problem).toMatch(/levels\.lifecycle has a number too large to save/);
  });

  it('sets corrupt progress aside with a message and starts fresh, never throwing', () => {
    const store = memory({ [PROGRESS_KEY]: '{"formatVersion":1,"levels":{"x":{"stars":7}}' });
    const loaded = loadProgress(store, 'T1');
    expect(loaded.value).toEqual(emptyProgress());
    expect(loaded.problem).toBe('Saved progress could not be read (it is not valid JSON). It was kept aside as "blast-radius.progress.corrupt" (at T1) and the game starts with fresh saved progress.');
    expect(store.data[`${PROGRESS_KEY}.corrupt`]).toBe('{"formatVersion":1,"levels":{"x":{"stars":7}}');
    const wrong = loadProgress(memory({ [PROGRESS_KEY]: '{"formatVersion":1,"levels":{"x":{"stars":7}}}' }), 'T2');
    expect(wrong.problem).toContain('(levels.x.stars must be 0–3)');
    const future = loadProgress(memory({ [PROGRESS_KEY]: '{"formatVersion":2,"levels":{}}' }), 'T3');
    expect(future.problem).toContain('(formatVersion is 2; this game reads 1)');
  });

  it('sets corrupt data aside once: five reloads leave one copy, not five (they piled up before)', () => {
    const corrupt = `{"formatVersion":1,${'x'.repeat(50_000)}`;
    const store = memory({ [PROGRESS_KEY]: corrupt });
    for (let i = 0; i < 5; i++) loadProgress(store, `T${i}`);
    expect(Object.keys(store.data)).toEqual([`${PROGRESS_KEY}.corrupt`]);
    expect(store.data[`${PROGRESS_KEY}.corrupt`]).toBe(corrupt);
    // A later, different corruption replaces the copy: storage stays bounded.
    store.data[PROGRESS_KEY] = '{"broken"';
    loadProgress(store, 'T9');
    expect(Object.keys(store.data)).toEqual([`${PROGRESS_KEY}.corrupt`]);
    expect(store.data[`${PROGRESS_KEY}.corrupt`]).toBe('{"broken"');
  });

  it('survives storage that throws', () => {
    const broken: StoreBackend = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadSettings(broken, 'T', false)).toEqual({ value: defaultSettings(false), problem: 'Settings could not be read (storage is unavailable); nothing was changed.' });
  });

  it('rejects out-of-range settings and honours reduced motion by default', () => {
    const loaded = loadSettings(memory({ [SETTINGS_KEY]: '{"formatVersion":1,"effectsVolume":3,"musicVolume":0,"muted":false,"reducedMotion":false,"largeText":false}' }), 'T', true);
    expect(loaded.problem).toContain('(volumes must be between 0 and 1)');
    expect(loaded.value.reducedMotion).toBe(true);
  });

  it('upgrades version-1 settings (frozen as saved before pacing) with the pause on and the guide still to come', () => {
    const v1 = '{"formatVersion":1,"effectsVolume":0.5,"musicVolume":0.2,"muted":true,"reducedMotion":false,"largeText":true}';
    expect(loadSettings(memory({ [SETTINGS_KEY]: v1 }), 'T', false)).toEqual({
      value: { formatVersion: 2, effectsVolume: 0.5, musicVolume: 0.2, muted: true, reducedMotion: false, largeText: true, pauseOnIncidents: true, guideDone: false },
      problem: null,
    });
  });

  it('remembers the pacing switch and a finished guide', () => {
    const s = { ...defaultSettings(false), pauseOnIncidents: false, guideDone: true };
    expect(defaultSettings(false)).toMatchObject({ pauseOnIncidents: true, guideDone: false });
    expect(loadSettings(memory({ [SETTINGS_KEY]: JSON.stringify(s) }), 'T', false)).toEqual({ value: s, problem: null });
    const future = loadSettings(memory({ [SETTINGS_KEY]: JSON.stringify({ ...s, formatVersion: 3 }) }), 'T', false);
    expect(future.problem).toContain('(formatVersion is 3; this game reads 1 and 2)');
  });
});
