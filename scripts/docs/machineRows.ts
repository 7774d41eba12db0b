import { initialTransition, transition } from 'xstate';
import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';

/**
 * What a lifecycle machine declares, state by state, read from the machine itself so that the docs
 * cannot drift from it: each leaf state, its tags, and for every event it accepts the next state and
 * the named actions that run. The next state and the actions come from XState's pure transition(),
 * the same function src/sim/machines/advance.ts uses, so exit, transition and entry actions appear in
 * the order the simulation runs them. A guard is made to pass (and the candidates before it to fail)
 * with machine.provide(), so a guarded transition is listed without knowing what payload satisfies it.
 */

export interface MachineAction {
  readonly type: string;
  readonly params: unknown;
}

/** One way a state answers an event. */
export interface MachineMove {
  readonly event: string;
  /** The guard that must pass, or null. */
  readonly guard: string | null;
  /** Taken when every earlier candidate's guard failed (an unguarded fallback). */
  readonly otherwise: boolean;
  /** The leaf state afterwards (the same leaf for a self-transition). */
  readonly next: string;
  readonly actions: readonly MachineAction[];
}

export interface MachineStateRow {
  /** The leaf's name: what the World stores. */
  readonly state: string;
  /** The compound states around it, outermost first (`['billing']` for `running`). */
  readonly parents: readonly string[];
  /** Its tags, its ancestors' included, sorted. */
  readonly tags: readonly string[];
  readonly initial: boolean;
  readonly final: boolean;
  readonly moves: readonly MachineMove[];
}

type Transition = AnyStateNode['transitions'] extends Map<string, (infer T)[]> ? T : never;

/** Every leaf of the machine, in declaration order. */
export function machineRows(machine: AnyStateMachine): MachineStateRow[] {
  if (machine.root.type === 'parallel') throw new Error(`machine "${machine.id}": parallel states are not supported by the docs generator`);
  const initialLeaf = leafOf(initialTransition(machine)[0].value);
  return leaves(machine.root).map((node) => {
    const snapshot = machine.resolveState({ value: valueOf(node), context: {} });
    return {
      state: node.key,
      parents: node.path.slice(0, -1),
      tags: [...snapshot.tags].sort(),
      initial: node.key === initialLeaf,
      final: node.type === 'final',
      moves: movesOf(machine, node),
    };
  });
}

function leaves(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states);
  if (children.length === 0) return [node];
  if (node.type === 'parallel') throw new Error(`state "${node.id}": parallel states are not supported by the docs generator`);
  return children.flatMap(leaves);
}

/** The state value that selects a leaf: `'pending'`, or `{ billing: 'running' }` for a nested one. */
function valueOf(node: AnyStateNode): StateValue {
  return node.path.reduceRight<StateValue>((inner, key) => (inner === '' ? key : { [key]: inner }), '');
}

function leafOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [inner] = Object.values(value);
  if (inner === undefined) throw new Error('empty state value');
  return leafOf(inner);
}

function ancestry(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (let n: AnyStateNode | undefined = node; n !== undefined; n = n.parent) out.push(n);
  return out;
}

function guardName(t: Transition, machineId: string): string | null {
  const guard: unknown = t.guard;
  if (guard === undefined) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && typeof (guard as { type?: unknown }).type === 'string') return (guard as { type: string }).type;
  // Inline functions and not()/and()/or() have no name a reader could look up.
  throw new Error(`machine "${machineId}", event ${t.eventType}: only named guards are supported by the docs generator`);
}

/**
 * The events a leaf accepts, nearest declaration first. XState tries the leaf's candidates, then its
 * parent's, and so on, taking the first whose guard passes; candidates after an unguarded one are
 * never reached.
 */
function movesOf(machine: AnyStateMachine, leaf: AnyStateNode): MachineMove[] {
  const nodes = ancestry(leaf);
  for (const n of nodes) {
    // Eventless and delayed transitions (always, after) would need a clock or no event to show; our
    // machines keep deadlines as ticks in the World, so refuse them rather than document them wrongly.
    if ((n.always ?? []).length > 0) throw new Error(`state "${n.id}": eventless (always) transitions are not supported by the docs generator`);
  }
  const eventTypes: string[] = [];
  for (const n of nodes) for (const type of n.transitions.keys()) if (!eventTypes.includes(type)) eventTypes.push(type);
  const moves: MachineMove[] = [];
  for (const event of eventTypes) {
    if (event === '*' || event.startsWith('xstate.')) throw new Error(`state "${leaf.id}": event "${event}" is not supported by the docs generator`);
    const candidates: Transition[] = [];
    for (const n of nodes) {
      const own = n.transitions.get(event) ?? [];
      candidates.push(...own);
      if (own.some((t) => t.guard === undefined)) break;
    }
    const fallback = candidates.findIndex((t) => t.guard === undefined);
    const reachable = fallback < 0 ? candidates : candidates.slice(0, fallback + 1);
    for (let i = 0; i < reachable.length; i++) moves.push(moveFor(machine, leaf, event, reachable, i));
  }
  return moves;
}

/** Runs one candidate through transition(), with its guard passing and every earlier one failing. */
function moveFor(machine: AnyStateMachine, leaf: AnyStateNode, event: string, candidates: readonly Transition[], index: number): MachineMove {
  const names = candidates.map((t) => guardName(t, machine.id));
  const guards: Record<string, () => boolean> = {};
  names.forEach((name, i) => {
    if (name === null || i > index) return;
    const pass = i === index;
    if (name in guards && guards[name]!() !== pass) throw new Error(`machine "${machine.id}", ${leaf.key} ${event}: guard "${name}" must both pass and fail`);
    guards[name] = () => pass;
  });
  // provide() is typed by each machine's own guard names; here any machine is documented.
  const forced = machine.provide({ guards } as never);
  const snapshot = forced.resolveState({ value: valueOf(leaf), context: {} });
  const [next, actions] = transition(forced, snapshot, { type: event });
  const name = names[index] ?? null;
  return {
    event,
    guard: name,
    otherwise: name === null && index > 0,
    next: leafOf(next.value),
    actions: actions.map((a) => ({ type: a.type, params: a.params })),
  };
}
