import { describe, expect, it } from 'vitest';
import { recordReplay, verifyReplayText } from '../../../src/replays/replayFile';
import { encodeResultCode, verifyResultCode } from '../../../src/replays/resultCode';
import { checkClassCodes, type HandIn } from '../../../src/view/classroom/checkClassCodes';
import { parseCodeLines } from '../../../src/view/classroom/codeLines';
import { campaignLevel } from '../debrief/helpers';

describe("the teacher's check of a class's result codes", () => {
  const spare = campaignLevel('04-spare-tyre').scenario;
  const lifecycle = campaignLevel('01-lifecycle').scenario;
  const known = (id: string) => [spare, lifecycle].find((l) => l.id === id);
  const launch = (n: number) => Array.from({ length: n }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }));

  it('accepts honest codes, rejects a forged, an edited-level and a damaged one, each with its reason, and groups by level', async () => {
    const honest = await Promise.all([0, 1, 2].map((n) => encodeResultCode(recordReplay(spare, 1, launch(n)))));
    const forgedReplay = recordReplay(spare, 1, launch(1));
    const forged = await encodeResultCode({ ...forgedReplay, result: { ...forgedReplay.result, costUsd: 0.01 } });
    // An easier copy of the level, with its digest recomputed, so the file is self-consistent.
    const easier = { ...spare, faults: {} };
    const edited = await encodeResultCode(recordReplay(easier, 1, []));
    const other = await encodeResultCode(recordReplay(lifecycle, 1, []));
    const text = [`Ada: ${honest[0]}`, `Bob: ${forged}`, `Cy: ${honest[1]}`, 'Dee: BR1-!!!', `Eve: ${edited}`, `Fay: ${other}`, honest[2]].join('\n');
    const handIns: HandIn[] = parseCodeLines(text).map((l) => ({ label: l.label, verify: () => verifyResultCode(l.code, l.label) }));
    const seen: number[] = [];
    const check = await checkClassCodes(handIns, { knownLevel: known, progress: (done) => void seen.push(done) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(check.rejected.map((r) => r.label)).toEqual(['Bob', 'Dee', 'Eve']);
    expect(check.rejected[0]!.problems[0]).toMatch(/^Bob › result\.costUsd: recorded 0\.01, but re-simulating gives/);
    expect(check.rejected[1]!.problems).toEqual(['Dee: the code is damaged: it has characters that never appear in one']);
    expect(check.rejected[2]!.problems).toEqual(['Eve: its level "spare-tyre" is not the game\'s — the level was edited (faults, budget or estate changed)']);
    expect(check.levels.map((g) => [g.level.id, g.shipped, g.entries.map((e) => e.label)])).toEqual([
      ['spare-tyre', true, ['Ada', 'Cy', 'line 7']],
      ['lifecycle', true, ['Fay']],
    ]);
  });

  it('a hand-in that throws is rejected on its own', async () => {
    const ok = await encodeResultCode(recordReplay(spare, 2, []));
    const check = await checkClassCodes(
      [
        { label: 'broken', verify: () => Promise.reject(new Error('boom')) },
        { label: 'fine', verify: () => verifyResultCode(ok, 'fine') },
      ],
      { knownLevel: known },
    );
    expect(check.rejected).toEqual([{ label: 'broken', problems: ['broken: could not be checked (boom)'] }]);
    expect(check.levels[0]!.entries.map((e) => e.result.seed)).toEqual([2]);
  });

  it('the same run handed in under two names is flagged with both names, and neither is dropped', async () => {
    const [ada, other] = await Promise.all([encodeResultCode(recordReplay(spare, 1, launch(1))), encodeResultCode(recordReplay(spare, 1, launch(2)))]);
    const replayText = JSON.stringify(recordReplay(spare, 1, launch(1)));
    const text = [`Ada: ${ada}`, `Bo: ${other}`, `Cy: ${ada}`].join('\n');
    const handIns: HandIn[] = parseCodeLines(text).map((l) => ({ label: l.label, verify: () => verifyResultCode(l.code, l.label) }));
    // The same run again as a replay file: a different text, the same level, seed and moves.
    handIns.push({ label: 'ada.replay.json', verify: () => Promise.resolve(verifyReplayText(replayText, 'ada.replay.json')) });
    const check = await checkClassCodes(handIns, { knownLevel: known });
    expect(check.sameRun).toEqual([['Ada', 'Cy', 'ada.replay.json']]);
    expect(check.levels[0]!.entries.map((e) => e.label)).toEqual(['Ada', 'Bo', 'Cy', 'ada.replay.json']);
    expect(check.rejected).toEqual([]);
  });

  it('after Cancel, the hand-in being checked and every later one are listed as not checked, never as rejected', async () => {
    const ok = await encodeResultCode(recordReplay(spare, 2, []));
    const abort = new AbortController();
    const check = await checkClassCodes(
      [
        { label: 'Ada', verify: () => verifyResultCode(ok, 'Ada') },
        { label: 'Bo', verify: () => Promise.reject(new Error('nope')) },
        // Cancel lands while Cy is re-simulating: its worker is terminated, so its check rejects.
        { label: 'Cy', verify: () => (abort.abort(), Promise.reject(new Error('verification was cancelled'))) },
        { label: 'Dee', verify: () => verifyResultCode(ok, 'Dee') },
      ],
      { knownLevel: known, signal: abort.signal },
    );
    expect(check.levels[0]!.entries.map((e) => e.label)).toEqual(['Ada']);
    expect(check.rejected.map((r) => r.label)).toEqual(['Bo']);
    expect(check.unchecked).toEqual(['Cy', 'Dee']);
  });
});
