import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/levels/parseLevel';
import { parseScript } from '../../../src/sim';
import { recordReplay, verifyReplay, verifyReplayText } from '../../../src/replays/replayFile';

const levelJson = JSON.parse(readFileSync(new URL('../../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8')) as unknown;
const parsed = parseLevel(levelJson, 'spare-tyre');
if (!parsed.ok) throw new Error('spare-tyre must parse');
const level = parsed.scenario;
const script = parseScript(JSON.parse(readFileSync(new URL('../../../levels/solutions/spare-tyre.win.json', import.meta.url), 'utf8')), level.durationSeconds);
if (!script.ok) throw new Error(script.reason);
const replay = recordReplay(level, 1, script.value);
const text = JSON.stringify(replay);
const F = 'r.json';
/** The parts of a replay these tests tamper with. */
interface Editable {
  kind?: string;
  seed: number;
  commands: { atSeconds: number }[];
  level: { objectives: { slaPct: number } };
  result?: { seed: number; uptimePct: number; simSeconds: number };
}
const edited = (change: (r: Editable) => void) => {
  const copy = JSON.parse(text) as Editable;
  change(copy);
  return verifyReplay(copy, F);
};

describe('replay files', () => {
  it('a replay re-simulates to exactly its recorded result', () => {
    const v = verifyReplayText(text, F);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.result).toEqual(replay.result);
    expect(replay.result.stars).toBe(3);
  });

  it('rejects a truncated replay', () => {
    expect(verifyReplayText(text.slice(0, text.length - 40), F)).toEqual({ ok: false, problems: ['r.json: the replay is truncated (it ends before its closing brace)'] });
  });

  it('rejects reordered commands', () => {
    const v = edited((r) => r.commands.reverse());
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]).toMatch(/^r\.json › commands\[\d+\]: at \d+ s it comes before commands\[\d+\] at \d+ s — the commands were reordered$/);
  });

  it('names a command that is null or not an object instead of crashing (it threw reading .atSeconds)', () => {
    for (const junk of [null, 7, 'x', []]) {
      const commands = [...(replay.commands as unknown[]), junk];
      const v = verifyReplay({ ...replay, commands }, 'r.json');
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems.join('\n')).toMatch(new RegExp(`^r\\.json › commands\\[${commands.length - 1}\\]`, 'm'));
    }
  });

  it('rejects a re-seeded replay', () => {
    const v = edited((r) => (r.seed = 2));
    expect(v).toEqual({ ok: false, problems: ['r.json › seed: the replay says seed 2 but its result was recorded with seed 1 — it was re-seeded'] });
    const both = edited((r) => {
      r.seed = 2;
      r.result!.seed = 2;
    });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.problems.some((p) => p.startsWith('r.json › result.hash: recorded'))).toBe(true);
  });

  it('rejects an edited result, naming the field', () => {
    const v = edited((r) => (r.result!.uptimePct = 100));
    expect(v).toEqual({ ok: false, problems: [`r.json › result.uptimePct: recorded 100, but re-simulating gives ${replay.result.uptimePct} — the result was edited`] });
  });

  it('refuses an edited run length before re-simulating anything (it re-simulated first)', () => {
    const v = edited((r) => (r.result!.simSeconds = 5));
    expect(v).toEqual({ ok: false, problems: [`r.json › result.simSeconds: recorded 5, but the level lasts ${replay.level.durationSeconds} s — the result was edited`] });
  });

  it('rejects edited commands and an edited level', () => {
    const cmd = edited((r) => (r.commands[0]!.atSeconds += 1));
    expect(cmd).toEqual({ ok: false, problems: ['r.json › commands: the command list was edited or reordered (its digest does not match)'] });
    const lvl = edited((r) => (r.level.objectives.slaPct = 50));
    expect(lvl).toEqual({ ok: false, problems: ['r.json › level: the level was edited (its digest does not match)'] });
  });

  it('rejects what is not a replay, or is malformed', () => {
    expect(verifyReplayText('[]', F)).toEqual({ ok: false, problems: ['r.json: a replay is a JSON object'] });
    expect(edited((r) => (r.kind = 'x'))).toEqual({ ok: false, problems: ['r.json: this is not a Blast Radius replay (kind is "x")'] });
    expect(edited((r) => delete r.result)).toEqual({ ok: false, problems: ['r.json: the replay is missing "result" (truncated or edited)'] });
    expect(edited((r) => (r.seed = -1))).toEqual({ ok: false, problems: ['r.json › seed: a whole number from 0 to 4294967295'] });
  });

  it('property: random command scripts export and re-import as replays with the same hash', () => {
    const sandbox = parseLevel(JSON.parse(readFileSync(new URL('../../../levels/sandbox.json', import.meta.url), 'utf8')), 'sandbox');
    if (!sandbox.ok) throw new Error('sandbox');
    const s = { ...sandbox.scenario, durationSeconds: 900, faults: { random: [{ kind: 'instance.terminate' as const, perHour: 2 }] } };
    const command = fc.oneof(
      fc.record({ type: fc.constant('instance.launch' as const), zoneId: fc.constantFrom('use1-az1', 'use1-az2', 'usw2-az1'), instanceType: fc.constantFrom('m5.large', 't3.micro') }),
      fc.record({ type: fc.constant('instance.terminate' as const), instanceId: fc.constantFrom('web-1', 'web-2', 'i-0001', 'nope') }),
      fc.record({ type: fc.constant('instance.stop' as const), instanceId: fc.constantFrom('web-1', 'web-3') }),
      fc.record({ type: fc.constant('fault.inject' as const), kind: fc.constantFrom('zone.powerInterruption' as const, 'traffic.spike' as const), targetId: fc.constantFrom('use1-az2', 'use1-az3'), durationSeconds: fc.integer({ min: 60, max: 300 }) }),
    );
    const scripts = fc.array(fc.record({ atSeconds: fc.integer({ min: 0, max: 899 }), command }), { maxLength: 12 }).map((cmds) => cmds.sort((a, b) => a.atSeconds - b.atSeconds));
    fc.assert(
      fc.property(scripts, fc.integer({ min: 0, max: 1000 }), (cmds, seed) => {
        const r = recordReplay(s, seed, cmds);
        const back = verifyReplayText(JSON.stringify(r), 'p.json');
        if (!back.ok) throw new Error(back.problems.join('\n'));
        if (back.ok) expect(back.result.hash).toBe(r.result.hash);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
