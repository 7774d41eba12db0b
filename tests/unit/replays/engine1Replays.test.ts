import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPLAY_FORMAT_VERSION, verifyReplayText } from '../../../src/replays/replayFile';
import { verifyResultCode } from '../../../src/replays/resultCode';

/**
 * Replays and result codes recorded by the game's first simulation engine, frozen before the
 * simulation was rebuilt (tests/fixtures/replays-engine1: every campaign level's win script on seed 1
 * and lose script on seed 2, and two result codes). They still verify under this engine — or the
 * problem says exactly why not.
 */
const DIR = new URL('../../fixtures/replays-engine1/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.replay.json')).sort();

/**
 * The runs whose figures moved: chaos day's transfer bill by a micro-dollar (per-AZ routing
 * arithmetic), then both DR references' bills, because a DR posture's cross-Region replica now takes
 * 30 minutes to build and replicates (and bills transfer) only once it is built; then chaos day's
 * bill again, because its warm standby's fleet is an Auto Scaling group that replaces the standby
 * instances Chaos Monkey terminates (they used to stay dead, and unbilled); and flash sale's lose
 * run, whose CPU target tracking now reads at most 100 % (as CloudWatch does), so an overloaded
 * fleet scales out in smaller steps.
 */
const MOVED: Record<string, RegExp> = {
  'chaos-day.win.replay.json': /result\.costUsd: recorded 6\.892219, but re-simulating gives 7\.409699 — this replay was recorded by the game's first simulation engine \(replay formatVersion 1\)/,
  'flash-sale.lose.replay.json': /result\.costUsd: recorded 3\.918074, but re-simulating gives 3\.898698 — this replay was recorded by the game's first simulation engine \(replay formatVersion 1\)/,
  'parachute.win.replay.json': /result\.costUsd: recorded 8\.496352, but re-simulating gives 8\.487351 — this replay was recorded by the game's first simulation engine \(replay formatVersion 1\)/,
};

describe('replays from the first engine', () => {
  it('there is one per campaign level and script', () => {
    expect(files).toHaveLength(20);
  });

  it.each(files)('%s verifies, or says exactly why not', (name) => {
    const v = verifyReplayText(readFileSync(new URL(name, DIR), 'utf8'), name);
    const moved = MOVED[name];
    if (moved) {
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems.join('\n')).toMatch(moved);
      return;
    }
    if (!v.ok) throw new Error(v.problems.join('\n'));
    // Verified: it comes back as a replay of this engine, with this engine's hash.
    expect(v.replay.formatVersion).toBe(REPLAY_FORMAT_VERSION);
    expect(v.replay.result.hash).toBe(v.result.hash);
  });

  it('its result codes verify, or say exactly why not', async () => {
    const codes = readFileSync(new URL('result-codes.txt', DIR), 'utf8').trim().split('\n');
    expect(codes).toHaveLength(2);
    const spare = await verifyResultCode(codes[0]!, 'spare-tyre code');
    expect(spare.ok).toBe(true);
    const chaos = await verifyResultCode(codes[1]!, 'chaos-day code');
    expect(chaos.ok).toBe(false);
    if (!chaos.ok) expect(chaos.problems.join('\n')).toMatch(/^chaos-day code › result\.costUsd: .* first simulation engine/m);
  });

  it('an edited first-engine replay is still caught', () => {
    const text = readFileSync(new URL('spare-tyre.win.replay.json', DIR), 'utf8');
    const edited = JSON.parse(text) as { result: { uptimePct: number } };
    edited.result.uptimePct = 100;
    const v = verifyReplayText(JSON.stringify(edited), 'x.json');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems[0]).toMatch(/^x\.json › result\.uptimePct: recorded 100, but re-simulating gives 98\.889/);
  });
});
