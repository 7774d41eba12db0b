import { initialTransition, transition } from 'xstate';
import type { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, SnapshotFrom, StateValue } from 'xstate';

/**
 * The World stores a lifecycle as a plain string (see model/lifecycles.ts), not an XState snapshot,
 * so it stays cloneable and hashable. advance() turns that string back into a snapshot, applies one
 * event with XState's pure transition() and hands back the new string — no actors, no timers.
 * It runs for every discrete lifecycle event in the tick loop, so resolved snapshots are cached per
 * machine and value, and so are answers: per (value, event type), or per (value, whole event) where a
 * guard reads the payload.
 */

/** The state-value type XState infers for a machine (for our flat machines, a union of names). */
export type StateValueOf<M extends AnyStateMachine> = SnapshotFrom<M>['value'];

/** `true` only when A and B are the same union — used for compile-time checks against lifecycles.ts. */
export type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

interface MachineCache {
  snapshots: Map<string, AnyMachineSnapshot>;
  /** value → event key → next value (null = rejected). */
  results: Map<string, Map<string, string | null>>;
  /** States whose transitions carry guards: there the key is the whole event, payload included. */
  guarded: Set<string>;
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
    cache = { snapshots: new Map(), results: new Map(), guarded: new Set() };
    caches.set(machine, cache);
  }
  return cache;
}

/** Our machines are flat, but a compound value still reports its top-level state name. */
function topLevel(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [first] = Object.keys(value);
  if (first === undefined) throw new Error('empty state value');
  return first;
}

function snapshotFor(machine: AnyStateMachine, cache: MachineCache, value: string): AnyMachineSnapshot {
  let snapshot = cache.snapshots.get(value);
  if (snapshot === undefined) {
    // Throws for a name the machine does not have: that is a programming error, not a game event.
    snapshot = machine.resolveState({ value, context: {} }) as AnyMachineSnapshot;
    cache.snapshots.set(value, snapshot);
    cache.results.set(value, new Map());
    const hasGuard = snapshot._nodes.some(
      (node) =>
        [...node.transitions.values()].some((defs) => defs.some((d) => d.guard !== undefined)) ||
        (node.always ?? []).some((d) => d.guard !== undefined),
    );
    if (hasGuard) cache.guarded.add(value);
  }
  return snapshot;
}

function step(machine: AnyStateMachine, value: string, event: { type: string }): string | null {
  const cache = cacheFor(machine);
  const snapshot = snapshotFor(machine, cache, value);
  const memo = cache.results.get(value) ?? new Map<string, string | null>();
  const guarded = cache.guarded.has(value);
  // Never key a guarded state by event type alone: PRIMARY_LOST with and without a standby differ.
  const memoKey = guarded ? JSON.stringify(event) : event.type;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  // can() runs the guards against this event (payload included). A rejected event must be told
  // apart from an accepted self-transition (RESIZE while stopped), so comparing values is not enough.
  const next = snapshot.can(event) ? topLevel(transition(machine, snapshot, event)[0].value) : null;
  if (!guarded || memo.size < GUARDED_CACHE_LIMIT) memo.set(memoKey, next);
  return next;
}

/**
 * Applies `event` to a machine sitting in state `value`. Returns the new top-level state name, or
 * null when the event is not accepted there (nothing happened). Guards see the event's payload.
 */
export function advance<M extends AnyStateMachine>(
  machine: M,
  value: StateValueOf<M>,
  event: EventFromLogic<M>,
): StateValueOf<M> | null;
export function advance<S extends string>(machine: AnyStateMachine, value: S, event: { type: string }): S | null;
export function advance(machine: AnyStateMachine, value: string, event: { type: string }): string | null {
  return step(machine, value, event);
}

/** True when `event` would be accepted in state `value` (same rules as advance). */
export function canAdvance(machine: AnyStateMachine, value: string, event: { type: string }): boolean {
  return step(machine, value, event) !== null;
}

/** The machine's initial top-level state name, via XState's pure initialTransition(). */
export function initialValue<M extends AnyStateMachine>(machine: M): StateValueOf<M> {
  const logic: AnyStateMachine = machine; // our machines take no input
  return topLevel(initialTransition(logic)[0].value) as StateValueOf<M>;
}
