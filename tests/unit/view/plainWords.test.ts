import { describe, expect, it } from 'vitest';
import { identifiersIn } from '../../../src/levels/textIdentifiers';
import { COMMAND_TYPES, FAULT_KINDS } from '../../../src/sim';
import { words } from '../../../src/shared/words';
import { faultName } from '../../../src/view/debrief/faultNames';
import { plainWords, refusalWords } from '../../../src/view/plainWords';

describe('plainWords: the simulation\'s text as a player reads it', () => {
  it('leaves out a command type the simulation names in parentheses for script authors, for every command', () => {
    for (const type of COMMAND_TYPES) expect(plainWords(`set it up first (${type})`), type).toBe('set it up first');
    expect(plainWords('this level does not allow that command (instance.launch)')).toBe('this level does not allow that command');
  });

  it('names every fault kind as its service view does, mid-sentence', () => {
    for (const kind of FAULT_KINDS) {
      const line = plainWords(`web-1 stopped (fault: ${kind})`);
      expect(identifiersIn(line), line).toEqual([]);
      expect(line.toLowerCase()).toContain(faultName(kind).toLowerCase());
    }
    expect(plainWords('fault: zone.powerInterruption')).toBe('fault: AZ power interruption');
    expect(plainWords('fault ended: instance.terminate')).toBe('fault ended: instance terminated');
  });

  it('leaves ids and ordinary words alone', () => {
    expect(plainWords('orders-db cannot fail over now (failing over; is its standby in sync?)')).toBe('orders-db cannot fail over now (failing over; is its standby in sync?)');
    expect(plainWords('there is no load balancer "shop-alb" in us-east-1 (m5.large)')).toBe('there is no load balancer "shop-alb" in us-east-1 (m5.large)');
  });
});

describe('refusalWords: a command.rejected event\'s detail', () => {
  it('drops the command type in front of the reason, for every command', () => {
    for (const type of COMMAND_TYPES) expect(refusalWords(`${type}: set a DR posture first (dr.setPosture)`), type).toBe('set a DR posture first');
    expect(refusalWords('undefined: a command is an object with a "type"')).toBe('a command is an object with a "type"');
  });
});

describe('words: a state as words', () => {
  it('splits camelCase and keeps abbreviations in capitals', () => {
    expect(words('shuttingDown')).toBe('shutting down');
    expect(words('failingOver')).toBe('failing over');
    expect(words('switchingToDr')).toBe('switching to DR');
    expect(words('available')).toBe('available');
  });
});
