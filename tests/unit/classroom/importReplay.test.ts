import { describe, expect, it } from 'vitest';
import { recordReplay, verifyReplayText } from '../../../src/replays/replayFile';
import { createVerifier } from '../../../src/replays/verifier';
import { importReplayText, type ImportProgress } from '../../../src/view/classroom/importReplay';
import { campaignLevel } from '../debrief/helpers';

describe('importing a replay file', () => {
  const spare = campaignLevel('04-spare-tyre').scenario;
  const launch = [{ atSeconds: 60, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }];
  const verifier = createVerifier(() => null);

  it('a valid replay ends in a session at the end of the run, with the numbers it recorded', async () => {
    const replay = recordReplay(spare, 4, launch);
    const seen: ImportProgress['stage'][] = [];
    const r = await importReplayText(JSON.stringify(replay), 'mine.replay.json', { verifier, progress: (p) => seen.push(p.stage) });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.session.world.tick).toBe(r.session.world.durationTicks);
    expect(r.session.score.uptimePct).toBe(replay.result.uptimePct);
    expect(seen[0]).toBe('verifying');
    r.session.dispose();
  });

  it('a tampered replay is refused with exactly the problems the check names', async () => {
    const replay = recordReplay(spare, 4, launch);
    const text = JSON.stringify({ ...replay, result: { ...replay.result, costUsd: 0.01 } });
    const expected = verifyReplayText(text, 'edited.replay.json');
    if (expected.ok) throw new Error('the forgery verified');
    expect(await importReplayText(text, 'edited.replay.json', { verifier })).toEqual({ ok: false, file: 'edited.replay.json', problems: expected.problems });
  });

  it('Cancel while it is checked ends it as cancelled, with no session and no problems', async () => {
    const abort = new AbortController();
    const r = await importReplayText(JSON.stringify(recordReplay(spare, 4, [])), 'mine.replay.json', { verifier, signal: abort.signal, progress: () => abort.abort() });
    expect(r).toEqual({ ok: false, file: 'mine.replay.json', cancelled: true });
  });
});
