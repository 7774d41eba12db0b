import { describe, expect, it } from 'vitest';
import { type ScriptedCommand } from '../../../src/sim';
import { commandsByTick, commandTicks } from '../../../src/view/debrief/replaySchedule';

const stop = (id: string): ScriptedCommand['command'] => ({ type: 'instance.stop', instanceId: id });

describe('a command log as per-tick command lists', () => {
  it('groups commands by the tick they were logged at, keeping their order within a tick', () => {
    const log: ScriptedCommand[] = [
      { atSeconds: 0, command: stop('a') },
      { atSeconds: 180, command: stop('b') },
      { atSeconds: 180, command: stop('c') },
      { atSeconds: 900, command: stop('d') },
    ];
    const byTick = commandsByTick(log);
    expect([...byTick.keys()]).toEqual([0, 180, 900]);
    expect(byTick.get(180)).toEqual([stop('b'), stop('c')]);
    expect(byTick.get(1)).toBeUndefined();
  });

  it('accepts a log out of order and still keeps the logged order within each tick', () => {
    const log: ScriptedCommand[] = [
      { atSeconds: 60, command: stop('x') },
      { atSeconds: 5, command: stop('y') },
      { atSeconds: 60, command: stop('z') },
    ];
    expect(commandsByTick(log).get(60)).toEqual([stop('x'), stop('z')]);
    expect(commandTicks(log)).toEqual([5, 60]);
  });

  it('is empty for an empty log', () => {
    expect(commandsByTick([]).size).toBe(0);
    expect(commandTicks([])).toEqual([]);
  });
});
