import { describe, expect, it } from 'vitest';
import { createGameFlow } from '../../../src/app/gameFlow';
import { createLevelLibrary, ownKey } from '../../../src/app/levelLibrary';
import { createPlayerData } from '../../../src/app/playerData';
import { PROGRESS_KEY } from '../../../src/flow/progress';
import type { StoreBackend } from '../../../src/flow/versionedStore';

/** The app's flow and runs as startApp wires them, with in-memory storage and a sound board that only remembers. */
function app() {
  const saved = new Map<string, string>();
  const storage: StoreBackend = { getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => void saved.set(k, v) };
  const library = createLevelLibrary();
  expect(library.load()).toEqual([]);
  const player = createPlayerData({ storage, stamp: 'test', prefersReducedMotion: false, testMode: true });
  const cues: string[] = [];
  const said: string[] = [];
  let replaysEnded = 0;
  const { flow, runs } = createGameFlow({
    library,
    player,
    sound: { play: (cue) => cues.push(cue), onSimEvents: () => undefined },
    announce: (text) => said.push(text),
    testMode: true,
    startSpeed: 2,
    endReplay: () => (replaysEnded += 1),
  });
  flow.send({ type: 'LOADED' });
  flow.send({ type: 'CONTINUE' });
  return { flow, runs, library, player, saved, cues, said, replaysEnded: () => replaysEnded };
}

/** Plays the current run to its end (no commands: the shortest level is lost without them). */
function playToEnd(a: ReturnType<typeof app>) {
  const run = a.runs.current!;
  run.advance(run.world.durationTicks);
}

describe('the game flow owns the run: the app starts, finishes and disposes sessions when it says so', () => {
  it('starts a session on START, at the link speed and with the clock paused in test mode', () => {
    const a = app();
    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'second-engine', seed: 7 });
    expect(a.runs.current).toBeNull();
    a.flow.send({ type: 'START' });
    const run = a.runs.current!;
    expect([run.scenario.id, run.seed, run.speedFactor, run.loop.paused]).toEqual(['second-engine', 7, 2, true]);
  });

  it('on the session\u2019s end the flow finishes the run: a cue, a saved result, an announcement, the debrief', () => {
    const a = app();
    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'second-engine' });
    a.flow.send({ type: 'START' });
    playToEnd(a);
    expect(a.flow.getSnapshot().value).toBe('debrief');
    expect(a.cues).toEqual(['lose']);
    expect(a.said.at(-1)).toMatch(/lost, 0 of 3 stars/);
    expect(a.player.progress.levels['second-engine']?.plays).toBe(1);
    expect(JSON.parse(a.saved.get(PROGRESS_KEY)!).levels['second-engine'].plays).toBe(1);
    // The debrief reads the finished run, so it is still there.
    expect(a.runs.current?.isFinished).toBe(true);
  });

  it('replaces the session on RETRY and disposes it on MENU and NEXT', () => {
    const a = app();
    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'horizontal-scaling' });
    a.flow.send({ type: 'START' });
    const first = a.runs.current;
    a.flow.send({ type: 'PAUSE' });
    expect(a.runs.current).toBe(first);
    a.flow.send({ type: 'RETRY' });
    expect(a.runs.current).not.toBe(first);
    expect(a.runs.current?.scenario.id).toBe('horizontal-scaling');
    a.flow.send({ type: 'MENU' });
    expect(a.runs.current).toBeNull();

    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'second-engine' });
    a.flow.send({ type: 'START' });
    playToEnd(a);
    a.flow.send({ type: 'NEXT', levelId: 'spot-and-churn' });
    expect([a.flow.getSnapshot().value, a.runs.current]).toEqual(['briefing', null]);
  });

  it('never writes a run of the player\u2019s own level to saved progress, even when it reuses a shipped id', () => {
    const a = app();
    const shipped = a.library.lookup('second-engine')!;
    const own = { file: 'mine.json', scenario: { ...shipped.scenario, title: 'Mine' } };
    a.library.setOwn(own, '{}');
    a.flow.send({ type: 'SELECT_LEVEL', levelId: ownKey('second-engine') });
    a.flow.send({ type: 'START' });
    expect(a.runs.current?.scenario).toBe(own.scenario);
    playToEnd(a);
    expect(a.cues).toEqual(['lose']);
    expect(a.player.progress.levels['second-engine']).toBeUndefined();
    expect(a.saved.has(PROGRESS_KEY)).toBe(false);
  });

  it('a level file reusing a campaign id never shadows the campaign level (it replaced it before)', () => {
    const a = app();
    const shipped = a.library.lookup('lifecycle')!;
    const own = { file: 'lifecycle.json', scenario: { ...shipped.scenario, title: 'My own lifecycle', briefing: 'Custom.' } };
    a.library.setOwn(own, '{"id":"lifecycle"}');
    expect(a.library.lookup('lifecycle')).toBe(shipped);
    expect(a.library.ownLevelText('lifecycle')).toBeNull();
    expect(a.library.lookup(ownKey('lifecycle'))).toBe(own);
    expect(a.library.ownLevelText(ownKey('lifecycle'))).toBe('{"id":"lifecycle"}');
    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'lifecycle' });
    a.flow.send({ type: 'START' });
    expect(a.runs.current?.scenario).toBe(shipped.scenario);
  });

  it('ends a watched replay when its screen is left, and only then', () => {
    const a = app();
    a.flow.send({ type: 'WATCH_REPLAY' });
    a.flow.send({ type: 'WATCH_REPLAY' });
    expect(a.replaysEnded()).toBe(0);
    a.flow.send({ type: 'MENU' });
    expect(a.replaysEnded()).toBe(1);
    a.flow.send({ type: 'WATCH_REPLAY' });
    a.flow.send({ type: 'SELECT_LEVEL', levelId: 'spare-tyre', seed: 3, note: 'from a replay' });
    expect(a.replaysEnded()).toBe(2);
    expect(a.flow.getSnapshot().context).toMatchObject({ levelId: 'spare-tyre', seed: 3, seedNote: 'from a replay' });
  });
});
