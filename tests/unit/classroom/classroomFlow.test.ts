import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameFlowMachine } from '../../../src/flow/gameFlowMachine';
import { recordReplay, verifyReplayText } from '../../../src/replays/replayFile';
import { canonicalJson } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';

describe('the game flow carries the seed and the side-by-side layout', () => {
  const boot = () => {
    const flow = createActor(gameFlowMachine).start();
    flow.send({ type: 'LOADED' });
    return flow;
  };

  it('a seed chosen with the level lasts through retries; another level goes back to seed 1', () => {
    const flow = boot();
    flow.send({ type: 'CONTINUE' });
    flow.send({ type: 'SELECT_LEVEL', levelId: 'spare-tyre', seed: 42 });
    flow.send({ type: 'START', compare: true });
    expect(flow.getSnapshot().context).toMatchObject({ levelId: 'spare-tyre', seed: 42, compare: true, runNumber: 1 });
    flow.send({ type: 'FINISH' });
    flow.send({ type: 'RETRY' });
    expect(flow.getSnapshot().context).toMatchObject({ seed: 42, compare: true, runNumber: 2 });
    flow.send({ type: 'FINISH' });
    flow.send({ type: 'NEXT', levelId: 'second-engine' });
    expect(flow.getSnapshot().context).toMatchObject({ levelId: 'second-engine', seed: 1 });
    flow.send({ type: 'START' });
    expect(flow.getSnapshot().context.compare).toBe(false);
  });

  it('an imported replay is watched from the menus and leads to its level; class results sit off the title', () => {
    const flow = boot();
    flow.send({ type: 'WATCH_REPLAY' });
    expect(flow.getSnapshot().value).toBe('replay');
    flow.send({ type: 'SELECT_LEVEL', levelId: 'spare-tyre', seed: 9 });
    expect([flow.getSnapshot().value, flow.getSnapshot().context.seed]).toEqual(['briefing', 9]);
    flow.send({ type: 'MENU' });
    flow.send({ type: 'MENU' });
    flow.send({ type: 'CLASS_RESULTS' });
    expect(flow.getSnapshot().value).toBe('classResults');
    flow.send({ type: 'MENU' });
    expect(flow.getSnapshot().value).toBe('title');
  });
});

describe("a shipped level survives a replay's round trip unchanged (the class check compares them)", () => {
  const names = readdirSync(new URL('../../../levels/campaign', import.meta.url)).map((f) => f.replace(/\.json$/, ''));
  it.each(names)('%s', (name) => {
    const { scenario } = campaignLevel(name);
    const verified = verifyReplayText(JSON.stringify(recordReplay(scenario, 1, [])), name);
    if (!verified.ok) throw new Error(verified.problems.join('\n'));
    expect(canonicalJson(verified.replay.level)).toBe(canonicalJson(scenario));
  });
});
