import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/parseLevel';
import { GameSession } from '../../src/runtime/session';
import { applyCommand, canonicalJson, createWorld, parseScript, simulate, step, type ScenarioSpec, type ScriptedCommand } from '../../src/sim';
import { changeVersion } from '../../src/sim/readModel';

function level(file: string): ScenarioSpec {
  const p = parseLevel(JSON.parse(readFileSync(new URL(`../../levels/${file}`, import.meta.url), 'utf8')), file);
  if (!p.ok) throw new Error(file);
  return p.scenario;
}

const KINDS = ['engine', 'places', 'instance', 'loadBalancer', 'scalingGroup', 'database', 'queue', 'dns', 'sessionStore', 'dr'];
const all = (w: ReturnType<typeof createWorld>) => Object.fromEntries(KINDS.map((k) => [k, changeVersion(w, k)]));

describe('per-kind change versions (the read model clients redraw from)', () => {
  it('an accepted command moves its own kind only; a refused one moves nothing', () => {
    const w = createWorld(level('campaign/07-data-tier.json'), 1);
    const before = all(w);
    const db = w.databases.find((d) => !d.multiAz)!;
    // Between ticks, as the live game sends it (a step would also run the systems).
    expect(applyCommand(w, { type: 'database.enableMultiAz', databaseId: db.id }, []).ok).toBe(true);
    expect(w.databases.find((d) => d.id === db.id)!.multiAz).toBe(true);
    const after = all(w);
    expect(after.database).toBeGreaterThan(before.database!);
    for (const k of KINDS.filter((k) => k !== 'database' && k !== 'engine')) if (after[k] !== before[k]) expect.fail(`${k} moved on a database command`);
    expect(applyCommand(w, { type: 'instance.start', instanceId: 'nope' }, []).ok).toBe(false);
    expect(all(w)).toEqual(after);
  });

  it('a kind whose events happen moves; a quiet tick moves nothing', () => {
    const w = createWorld(level('campaign/04-spare-tyre.json'), 1);
    let quiet = 0;
    for (let t = 0; t < 1200; t++) {
      const before = all(w);
      const { events } = step(w);
      const after = all(w);
      if (events.length === 0) {
        expect(after).toEqual(before);
        quiet++;
      }
      for (const e of events) if (e.type.startsWith('instance.')) expect(after.instance).toBeGreaterThan(before.instance!);
    }
    expect(quiet).toBeGreaterThan(100);
  });

  it('commands sent between ticks (the live game) and from a script (replays) leave the same World, versions included', () => {
    const scenario = level('campaign/04-spare-tyre.json');
    const script: ScriptedCommand[] = (() => {
      const r = parseScript(JSON.parse(readFileSync(new URL('../../levels/solutions/spare-tyre.win.json', import.meta.url), 'utf8')), scenario.durationSeconds);
      if (!r.ok) throw new Error(r.reason);
      return r.value;
    })();
    const session = new GameSession({ scenario, seed: 2, paused: true });
    let next = 0;
    while (!session.isFinished) {
      while (next < script.length && script[next]!.atSeconds === session.world.tick) session.dispatch(script[next++]!.command);
      session.advance(Math.min(50, (script[next]?.atSeconds ?? Number.POSITIVE_INFINITY) - session.world.tick));
    }
    const headless = simulate(scenario, { seed: 2, script });
    expect(session.world.versions).toEqual(headless.world.versions);
    expect(canonicalJson(session.world)).toBe(canonicalJson(headless.world));
  });
});
