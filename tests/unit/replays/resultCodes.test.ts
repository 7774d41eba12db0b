import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/levels/parseLevel';
import { histogram, labelFromFileName, resultsCsv, type ClassEntry } from '../../../src/replays/classResults';
import { recordReplay } from '../../../src/replays/replayFile';
import { encodeResultCode, verifyResultCode } from '../../../src/replays/resultCode';
import { type ScriptedCommand } from '../../../src/sim';

const parsed = parseLevel(JSON.parse(readFileSync(new URL('../../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8')), 'spare-tyre');
if (!parsed.ok) throw new Error('level');
const level = parsed.scenario;

/** Ten students: each launches a different number of extra instances in use1-az2 (some none). */
function studentScript(n: number): ScriptedCommand[] {
  return Array.from({ length: n % 4 }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }));
}

describe('result codes and the class view', () => {
  it('ten student codes verify by re-simulation; a tampered one is rejected without disturbing the others', async () => {
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => encodeResultCode(recordReplay(level, 1, studentScript(i)))));
    for (const c of codes) expect(c.startsWith('BR1-')).toBe(true);
    // Student 4 edits their result before encoding it again: uptime 100 %.
    const honest = recordReplay(level, 1, studentScript(4));
    const forged = await encodeResultCode({ ...honest, result: { ...honest.result, uptimePct: 100 } });
    const all = [...codes, forged, 'BR1-not*a*code'];
    const verified = await Promise.all(all.map((c, i) => verifyResultCode(c, `student ${i + 1}`)));
    expect(verified.slice(0, 10).every((v) => v.ok)).toBe(true);
    expect(verified[10]).toEqual({ ok: false, problems: [`student 11 › result.uptimePct: recorded 100, but re-simulating gives ${honest.result.uptimePct} — the result was edited`] });
    expect(verified[11]).toEqual({ ok: false, problems: ['student 12: the code is damaged: it has characters that never appear in one'] });

    const entries: ClassEntry[] = verified.slice(0, 10).flatMap((v, i) => (v.ok ? [{ label: `student ${i + 1}`, result: v.result }] : []));
    const up = histogram(entries.map((e) => e.result.uptimePct), 5, level.par?.uptimePct);
    expect(up.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(up.parBin).not.toBeNull();
    const cost = histogram(entries.map((e) => e.result.costUsd), 5, level.par?.costUsd);
    expect(cost.counts.reduce((a, b) => a + b, 0)).toBe(10);

    const csv = resultsCsv(entries);
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('student,level,seed,uptimePct,requestSuccessPct,costUsd,dataLostSeconds,stars,outcome,hash');
    expect(lines[1]!.startsWith('student 1,spare-tyre,1,')).toBe(true);
  });

  it('CSV quotes commas and defuses spreadsheet formulas in names', () => {
    const r = recordReplay(level, 1, []).result;
    expect(resultsCsv([{ label: '=HYPERLINK("x"),a', result: r }]).split('\n')[1]!.startsWith(`"'=HYPERLINK(""x""),a",`)).toBe(true);
    // A leading tab or carriage return is a formula trigger too (OWASP); the guard missed them.
    expect(resultsCsv([{ label: '\t=1+1', result: r }]).split('\n')[1]!.startsWith(`'\t=1+1,`)).toBe(true);
    expect(resultsCsv([{ label: '\r=1+1', result: r }]).split('\n')[1]!.startsWith(`"'\r=1+1",`)).toBe(true);
  });

  it('a replay file\'s name becomes a student label without its extension or control characters (it was used unchanged)', () => {
    expect(labelFromFileName('ada.replay.json')).toBe('ada');
    expect(labelFromFileName('Cy Smith.JSON')).toBe('Cy Smith');
    expect(labelFromFileName('bad\u0000\u001bname\n.json')).toBe('bad name');
    expect(labelFromFileName('x'.repeat(300) + '.json')).toHaveLength(60);
    expect(labelFromFileName('.json')).toBe('.json');
  });
});
