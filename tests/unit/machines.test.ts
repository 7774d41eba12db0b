import { describe, it, expect } from 'vitest';
import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { accepts, advance as advanceResult, initialState, leavesOf } from '../../src/sim/machines/advance';
import { databaseMachine } from '../../src/sim/services/database/machine';
import { drMachine } from '../../src/sim/services/dr/machine';
import { instanceMachine } from '../../src/sim/services/instance/machine';
import { regionMachine, zoneMachine } from '../../src/sim/services/places/machines';
import { scalingMachine } from '../../src/sim/services/scalingGroup/machine';

/** The next leaf, or null when refused (the tables below are written that way). */
const advance = (machine: AnyStateMachine, state: string, event: Ev): string | null => {
  const r = advanceResult(machine, state as never, event as never);
  return r.ok ? r.value.next : null;
};
const canAdvance = (machine: AnyStateMachine, state: string, event: Ev): boolean => accepts(machine, state as never, event as never);
const initialValue = (machine: AnyStateMachine): string => initialState(machine);
/** The leaf of a (possibly nested) state value. */
const leaf = (value: unknown): string => (typeof value === 'string' ? value : leaf(Object.values(value as object)[0]));

type Ev = { type: string; hasStandby?: boolean };

/** Key for an event in the spec tables: its type, plus the payload flag where there is one. */
function key(event: Ev): string {
  return event.hasStandby === undefined ? event.type : `${event.type}(${String(event.hasStandby)})`;
}

interface Case {
  name: string;
  machine: AnyStateMachine;
  initial: string;
  states: readonly string[];
  events: Ev[];
  /** The spec, written out independently of the machine: state → event key → next state. */
  table: Record<string, Record<string, string>>;
}

const plain = (...types: string[]): Ev[] => types.map((type) => ({ type }));

const cases: Case[] = [
  {
    name: 'instance',
    machine: instanceMachine,
    initial: 'pending',
    states: leavesOf(instanceMachine),
    events: plain('BOOTED', 'STOP', 'STOPPED', 'START', 'REBOOT', 'REBOOTED', 'RESIZE', 'TERMINATE', 'TERMINATED', 'POWER_LOST'),
    table: {
      pending: { BOOTED: 'running', STOP: 'stopping', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
      running: { STOP: 'stopping', REBOOT: 'rebooting', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
      rebooting: { REBOOTED: 'running', STOP: 'stopping', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
      stopping: { STOPPED: 'stopped', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
      stopped: { START: 'pending', RESIZE: 'stopped', TERMINATE: 'shuttingDown' },
      shuttingDown: { TERMINATED: 'terminated' },
      terminated: {},
    },
  },
  {
    name: 'zone',
    machine: zoneMachine,
    initial: 'available',
    states: leavesOf(zoneMachine),
    events: plain('POWER_LOST', 'POWER_RESTORED', 'RECOVERED'),
    table: {
      available: { POWER_LOST: 'down' },
      down: { POWER_RESTORED: 'recovering' },
      recovering: { RECOVERED: 'available', POWER_LOST: 'down' },
    },
  },
  {
    name: 'region',
    machine: regionMachine,
    initial: 'available',
    states: leavesOf(regionMachine),
    events: plain('OUTAGE', 'RESTORE', 'RECOVERED'),
    table: {
      available: { OUTAGE: 'down' },
      down: { RESTORE: 'recovering' },
      recovering: { RECOVERED: 'available', OUTAGE: 'down' },
    },
  },
  {
    name: 'database',
    machine: databaseMachine,
    initial: 'available',
    states: leavesOf(databaseMachine),
    events: [
      { type: 'PRIMARY_LOST', hasStandby: true },
      { type: 'PRIMARY_LOST', hasStandby: false },
      { type: 'FAIL_OVER', hasStandby: true },
      { type: 'FAIL_OVER', hasStandby: false },
      ...plain('FAILOVER_DONE', 'PROMOTE_REPLICA', 'PROMOTED', 'RESTORE', 'RESTORED', 'ZONE_BACK'),
    ],
    table: {
      available: {
        'PRIMARY_LOST(true)': 'failingOver',
        'PRIMARY_LOST(false)': 'down',
        'FAIL_OVER(true)': 'failingOver',
        PROMOTE_REPLICA: 'promoting',
      },
      failingOver: { FAILOVER_DONE: 'available', 'PRIMARY_LOST(true)': 'down', 'PRIMARY_LOST(false)': 'down' },
      down: { RESTORE: 'restoring', PROMOTE_REPLICA: 'promoting', ZONE_BACK: 'available' },
      restoring: { RESTORED: 'available' },
      promoting: { PROMOTED: 'available' },
    },
  },
  {
    name: 'scaling',
    machine: scalingMachine,
    initial: 'steady',
    states: leavesOf(scalingMachine),
    events: plain('SCALE_OUT', 'SCALE_IN', 'REPLACE', 'SETTLED', 'COOLED'),
    table: {
      // Scale-in only from steady: never during a cooldown or another activity.
      steady: { SCALE_OUT: 'scalingOut', SCALE_IN: 'scalingIn', REPLACE: 'replacing' },
      scalingOut: { SETTLED: 'cooldown', SCALE_OUT: 'scalingOut', REPLACE: 'scalingOut' },
      scalingIn: { SETTLED: 'cooldown', SCALE_OUT: 'scalingOut', REPLACE: 'scalingIn' },
      replacing: { SETTLED: 'steady', SCALE_OUT: 'scalingOut', REPLACE: 'replacing' },
      cooldown: { COOLED: 'steady', REPLACE: 'replacing', SCALE_OUT: 'scalingOut' },
    },
  },
  {
    name: 'dr',
    machine: drMachine,
    initial: 'normal',
    states: leavesOf(drMachine),
    events: plain('FAIL_OVER', 'FAIL_BACK', 'READY', 'CLIENTS_MOVED'),
    table: {
      normal: { FAIL_OVER: 'preparingFailover' },
      preparingFailover: { READY: 'switchingToDr' },
      switchingToDr: { CLIENTS_MOVED: 'failedOver' },
      failedOver: { FAIL_BACK: 'preparingFailback' },
      preparingFailback: { READY: 'switchingToPrimary' },
      switchingToPrimary: { CLIENTS_MOVED: 'normal' },
    },
  },
];

/** Graph traversal options: one vertex per state (machines are context-free). */
function graphOptions(c: Case) {
  return { events: c.events, serializeState: (s: { value: unknown }) => JSON.stringify(s.value) };
}

/** Replays a graph path with advance(), asserting every step lands where XState's traversal did. */
function walk(c: Case, steps: ReadonlyArray<{ state: { value: unknown }; event: Ev }>): string {
  const [first, ...rest] = steps;
  expect(first?.event.type).toBe('xstate.init');
  let value = leaf(first?.state.value);
  expect(value).toBe(c.initial);
  for (const { state, event } of rest) {
    const next = advance(c.machine, value, event);
    expect(next, `${c.name}: ${value} --${key(event)}-->`).toBe(leaf(state.value));
    // Every edge XState walked must also be in the independent spec table.
    expect(next).toBe(c.table[value]?.[key(event)]);
    value = next ?? value;
  }
  return value;
}

describe.each(cases)('$name machine', (c) => {
  it('starts in its initial state', () => {
    expect(initialValue(c.machine)).toBe(c.initial);
  });

  it('reaches every state it declares, and no other (shortest paths)', () => {
    const paths = getShortestPaths(c.machine, graphOptions(c));
    const reached = paths.map((p) => leaf(p.state.value)).sort();
    expect(reached).toEqual([...c.states].sort());
    for (const path of paths) {
      expect(walk(c, path.steps)).toBe(leaf(path.state.value));
    }
  });

  it('agrees with advance() along every simple path', () => {
    const paths = getSimplePaths(c.machine, graphOptions(c));
    expect(paths.length).toBeGreaterThanOrEqual(c.states.length);
    for (const path of paths) {
      expect(walk(c, path.steps)).toBe(leaf(path.state.value));
    }
  });

  it('accepts exactly the transitions in the spec table and rejects everything else', () => {
    expect(Object.keys(c.table).sort()).toEqual([...c.states].sort());
    for (const state of c.states) {
      for (const event of c.events) {
        const expected = c.table[state]?.[key(event)] ?? null;
        expect(advance(c.machine, state, event), `${c.name}: ${state} --${key(event)}-->`).toBe(expected);
        expect(canAdvance(c.machine, state, event)).toBe(expected !== null);
      }
    }
  });
});

describe('lifecycle lessons', () => {
  it('a terminated instance cannot be started (or do anything else)', () => {
    expect(advance(instanceMachine, 'terminated', { type: 'START' })).toBeNull();
    expect(canAdvance(instanceMachine, 'terminated', { type: 'START' })).toBe(false);
    for (const type of ['BOOTED', 'STOP', 'REBOOT', 'RESIZE', 'TERMINATE', 'POWER_LOST']) {
      expect(advance(instanceMachine, 'terminated', { type })).toBeNull();
    }
  });

  it('resize needs a stop: rejected while running, accepted (staying stopped) while stopped', () => {
    expect(advance(instanceMachine, 'running', { type: 'RESIZE' })).toBeNull();
    expect(canAdvance(instanceMachine, 'running', { type: 'RESIZE' })).toBe(false);
    expect(advance(instanceMachine, 'stopped', { type: 'RESIZE' })).toBe('stopped');
    expect(canAdvance(instanceMachine, 'stopped', { type: 'RESIZE' })).toBe(true);
    // The full stop → resize → start → boot cycle.
    const stopping = advance(instanceMachine, 'running', { type: 'STOP' });
    expect(stopping).toBe('stopping');
    const stopped = advance(instanceMachine, 'stopping', { type: 'STOPPED' });
    expect(stopped).toBe('stopped');
    expect(advance(instanceMachine, 'stopped', { type: 'START' })).toBe('pending');
  });

  it('losing the primary fails over with a standby and goes down without one', () => {
    expect(advance(databaseMachine, 'available', { type: 'PRIMARY_LOST', hasStandby: true })).toBe('failingOver');
    expect(advance(databaseMachine, 'available', { type: 'PRIMARY_LOST', hasStandby: false })).toBe('down');
    // Same state, same event type, other payload again: the guard is re-evaluated, not cached by type.
    expect(advance(databaseMachine, 'available', { type: 'PRIMARY_LOST', hasStandby: true })).toBe('failingOver');
  });

  it('a manual failover is rejected when there is no standby', () => {
    expect(advance(databaseMachine, 'available', { type: 'FAIL_OVER', hasStandby: false })).toBeNull();
    expect(advance(databaseMachine, 'available', { type: 'FAIL_OVER', hasStandby: true })).toBe('failingOver');
    expect(advance(databaseMachine, 'available', { type: 'FAIL_OVER', hasStandby: false })).toBeNull();
  });

  it('a dark zone ignores RECOVERED until its power is restored', () => {
    expect(advance(zoneMachine, 'down', { type: 'RECOVERED' })).toBeNull();
    const recovering = advance(zoneMachine, 'down', { type: 'POWER_RESTORED' });
    expect(recovering).toBe('recovering');
    expect(advance(zoneMachine, 'recovering', { type: 'RECOVERED' })).toBe('available');
    expect(advance(zoneMachine, 'recovering', { type: 'POWER_LOST' })).toBe('down');
  });

  it('cached answers stay correct under repetition', () => {
    for (let i = 0; i < 1000; i++) {
      expect(advance(instanceMachine, 'running', { type: 'STOP' })).toBe('stopping');
      expect(advance(instanceMachine, 'running', { type: 'START' })).toBeNull();
    }
  });

  it('an unknown state name is a programming error and throws', () => {
    expect(() => advance(instanceMachine, 'exploded', { type: 'START' })).toThrow();
  });
});
