import { initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, SnapshotFrom, StateValue } from 'xstate';
import { fail, ok, type Result } from '../../shared/result';

/**
 * The World stores a lifecycle as a plain string, the name of the state it is in (a leaf of the
 * machine), not an XState snapshot, so it stays cloneable and hashable. advance() turns that name
 * back into a snapshot, applies one event with XState's pure transition() and hands back the next
 * name with the named actions the transition declared (exit, transition, entry, in XState's order).
 * Nothing runs here: src/sim/machines/interpret.ts executes the actions.
 *
 * A refusal is a value the caller must handle: `{ ok: false, reason }`, never a silent no-op.
 * It runs for every discrete lifecycle event in the tick loop, so answers are cached per machine,
 * state and event type (per whole event where a guard reads the payload).
 */

/** One named action of a transition, with its parameters (e.g. `{ type: 'emit', params: { event: 'instance.stopped' } }`). */
export interface MachineAction {
  readonly type: string;
  readonly params: unknown;
}

export interface Transition<S extends string = string> {
  /** The leaf state the machine is in afterwards (the same name for a self-transition). */
  readonly next: S;
  readonly actions: readonly MachineAction[];
}

/** The leaf state names a machine can be in (for our machines, a union of names). */
export type StateNameOf<M extends AnyStateMachine> = LeafOf<SnapshotFrom<M>['value']>;
type LeafOf<V> = V extends string ? V : V extends Record<string, infer C> ? LeafOf<C> : never;

/** `true` only when A and B are the same union — used for compile-time checks against lifecycles.ts. */
export type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

interface MachineCache {
  /** Leaf name → the snapshot of that state (and of its ancestors). */
  snapshots: Map<string, AnyMachineSnapshot>;
  /** Leaf name → the full state value XState needs (`{ billing: 'running' }` for a nested leaf). */
  values: Map<string, StateValue>;
  /** leaf → event key → the transition, or a refusal reason. */
  results: Map<string, Map<string, Result<Transition>>>;
  /** Leaves whose transitions carry guards: there the key is the whole event, payload included. */
  guarded: Set<string>;
  /** Leaf → its tags (own and inherited). */
  tags: Map<string, ReadonlySet<string>>;
}

/**
 * Guarded results are keyed by the serialized event. Machines are context-free, so a guard can only
 * read the event and the same event always gives the same answer; the cap bounds memory should a
 * payload ever carry free-form values (past it, guarded events are simply evaluated every time).
 */
const GUARDED_CACHE_LIMIT = 256;

const caches = new WeakMap<AnyStateMachine, MachineCache>();

function cacheFor(machine: AnyStateMachine): MachineCache {
  let cache = caches.get(machine);
  if (cache === undefined) {
    cache = { snapshots: new Map(), values: new Map(), results: new Map(), guarded: new Set(), tags: new Map() };
    collectLeaves(machine.root.states, [], cache.values);
    caches.set(machine, cache);
  }
  return cache;
}

/** Walks the state tree once: every leaf's name and the state value that selects it. */
function collectLeaves(states: Record<string, { states: Record<string, unknown> }>, path: string[], out: Map<string, StateValue>): void {
  for (const [name, node] of Object.entries(states)) {
    const children = node.states as Record<string, { states: Record<string, unknown> }>;
    if (Object.keys(children).length > 0) {
      collectLeaves(children, [...path, name], out);
      continue;
    }
    if (out.has(name)) throw new Error(`machine leaf "${name}" appears twice: leaf names must be unique`);
    let value: StateValue = name;
    for (let i = path.length - 1; i >= 0; i--) value = { [path[i]!]: value };
    out.set(name, value);
  }
}

/** The leaf of a state value (our machines are never parallel: one leaf at a time). */
function leafOf(value: StateValue): string {
  let v: StateValue = value;
  while (typeof v !== 'string') {
    const [first] = Object.values(v);
    if (first === undefined) throw new Error('empty state value');
    v = first;
  }
  return v;
}

function snapshotFor(machine: AnyStateMachine, cache: MachineCache, leaf: string): AnyMachineSnapshot {
  let snapshot = cache.snapshots.get(leaf);
  if (snapshot === undefined) {
    const value = cache.values.get(leaf);
    // A name the machine does not have is a programming error, not a game event.
    if (value === undefined) throw new Error(`machine "${machine.id}" has no state "${leaf}"`);
    snapshot = machine.resolveState({ value, context: {} }) as AnyMachineSnapshot;
    cache.snapshots.set(leaf, snapshot);
    cache.results.set(leaf, new Map());
    cache.tags.set(leaf, new Set(snapshot.tags));
    const hasGuard = snapshot._nodes.some(
      (node) =>
        [...node.transitions.values()].some((defs) => defs.some((d) => d.guard !== undefined)) ||
        (node.always ?? []).some((d) => d.guard !== undefined),
    );
    if (hasGuard) cache.guarded.add(leaf);
  }
  return snapshot;
}

function compute(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, leaf: string, event: { type: string }): Result<Transition> {
  // can() runs the guards against this event (payload included). A refusal must be told apart from
  // an accepted self-transition (RESIZE while stopped), so comparing values is not enough.
  if (!snapshot.can(event)) return fail(`${machine.id} refuses ${event.type} in ${leaf}`);
  const [next, actions] = transition(machine, snapshot, event);
  return ok({ next: leafOf(next.value), actions: actions.map((a) => ({ type: a.type, params: a.params })) });
}

/**
 * Applies `event` to a machine whose state is the leaf `state`: the next leaf and the actions to run,
 * or `{ ok: false, reason }` when the machine refuses. Typed by the machine: a misspelt state or
 * event does not compile.
 */
export function advance<M extends AnyStateMachine>(machine: M, state: StateNameOf<M>, event: EventFromLogic<M>): Result<Transition<StateNameOf<M>>> {
  const cache = cacheFor(machine);
  const snapshot = snapshotFor(machine, cache, state);
  const memo = cache.results.get(state)!;
  const guarded = cache.guarded.has(state);
  // Never key a guarded state by event type alone: PRIMARY_LOST with and without a standby differ.
  const key = guarded ? JSON.stringify(event) : event.type;
  let result = memo.get(key);
  if (result === undefined) {
    result = compute(machine, snapshot, state, event);
    if (!guarded || memo.size < GUARDED_CACHE_LIMIT) memo.set(key, result);
  }
  return result as Result<Transition<StateNameOf<M>>>;
}

/** True when the machine would accept `event` in `state` (the same rules as advance). */
export function accepts<M extends AnyStateMachine>(machine: M, state: StateNameOf<M>, event: EventFromLogic<M>): boolean {
  return advance(machine, state, event).ok;
}

/** The machine's tags for a state: what the state means (`live`, `billsCompute` …), declared once in the machine. */
export function hasTag<M extends AnyStateMachine>(machine: M, state: StateNameOf<M>, tag: string): boolean {
  const cache = cacheFor(machine);
  snapshotFor(machine, cache, state);
  return cache.tags.get(state)!.has(tag);
}

/**
 * A fast membership test for one tag: the set of leaves that carry it, computed once. The hot
 * loops (billing, routing, Auto Scaling) test tags per instance, so this is a plain Set lookup.
 */
export function leavesTagged<M extends AnyStateMachine>(machine: M, tag: string): ReadonlySet<StateNameOf<M>> {
  const cache = cacheFor(machine);
  const out = new Set<StateNameOf<M>>();
  for (const leaf of cache.values.keys()) if (hasTag(machine, leaf as StateNameOf<M>, tag)) out.add(leaf as StateNameOf<M>);
  return out;
}

/** Every leaf state name, in the order the machine declares them. */
export function leavesOf(machine: AnyStateMachine): string[] {
  return [...cacheFor(machine).values.keys()];
}

/** The machine's initial leaf, via XState's pure initialTransition(). */
export function initialState<M extends AnyStateMachine>(machine: M): StateNameOf<M> {
  const logic: AnyStateMachine = machine; // our machines take no input
  return leafOf(initialTransition(logic)[0].value) as StateNameOf<M>;
}
