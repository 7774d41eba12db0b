import { describe, expect, it } from 'vitest';
import { recordReplay, verifyReplayText } from '../../../src/replays/replayFile';
import { campaignLevel } from '../debrief/helpers';

/**
 * A replay recorded before protection took time to build (formatVersion 2) is re-simulated under
 * today's rules: it verifies when its figures still match, and when they do not, the problem says
 * the rules changed, not that the student edited anything.
 */
describe('replays of an earlier version (formatVersion 2)', () => {
  const { scenario, win } = campaignLevel('04-spare-tyre');
  const asVersion2 = (edit: (r: { result: { costUsd: number; hash: string } }) => void = () => {}) => {
    const r = JSON.parse(JSON.stringify(recordReplay(scenario, 1, win))) as { formatVersion: number; result: { costUsd: number; hash: string } };
    r.formatVersion = 2;
    // Its hash digested the World of that version, which this one does not rebuild.
    r.result.hash = '0123456789abcdef';
    edit(r);
    return JSON.stringify(r);
  };

  it('verifies when its figures match, and comes back as a replay of this version', () => {
    const v = verifyReplayText(asVersion2(), 'old.json');
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.replay.formatVersion).toBe(4);
  });

  it('when a figure differs, says the rules changed since it was recorded', () => {
    const v = verifyReplayText(asVersion2((r) => (r.result.costUsd += 0.01)), 'old.json');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]).toMatch(/^old\.json › result\.costUsd: recorded .*, but re-simulating gives .* — this replay was recorded by an earlier version of the game \(replay formatVersion 2\), before protection took time to build .*play the run again/);
  });

  it('a formatVersion 3 replay whose figures moved says what changed since', () => {
    const r = JSON.parse(JSON.stringify(recordReplay(scenario, 1, win))) as { formatVersion: number; result: { costUsd: number; hash: string } };
    r.formatVersion = 3;
    r.result.hash = '0123456789abcdef';
    r.result.costUsd += 0.01;
    const v = verifyReplayText(JSON.stringify(r), 'v3.json');
    expect(v.ok ? [] : v.problems[0]).toMatch(/^v3\.json › result\.costUsd: .* \(replay formatVersion 3\), before CPU utilisation was capped at 100 %/);
  });

  it('a replay of this version with an edited hash is caught', () => {
    const r = JSON.parse(JSON.stringify(recordReplay(scenario, 1, win))) as { result: { hash: string } };
    r.result.hash = '0123456789abcdef';
    const v = verifyReplayText(JSON.stringify(r), 'x.json');
    expect(v.ok ? [] : v.problems).toEqual([expect.stringMatching(/^x\.json › result\.hash: .* — the result was edited$/)]);
  });
});
