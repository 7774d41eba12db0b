import fc from 'fast-check';
import { hostileValue, HOSTILE_KEYS } from './hostileValues';

/**
 * Structural mutations of a JSON document: delete, replace or insert a value somewhere, or copy a
 * part of the document to another place (a duplicated instance, an id used where another is
 * expected). Small mutations of a valid document keep it valid or nearly so, which reaches the
 * checks behind the shape (meaning, re-simulation) that random JSON never gets past.
 */
export interface JsonMutation {
  kind: 'delete' | 'replace' | 'insert' | 'copy';
  /** Picks the container, the key in it and (for copy) the value copied. */
  pick: number;
  other: number;
  value: unknown;
  key: string;
}

type Container = Record<string, unknown> | unknown[];

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.record({
  kind: fc.constantFrom('delete', 'replace', 'insert', 'copy'),
  pick: fc.nat(),
  other: fc.nat(),
  value: hostileValue,
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
});

/** 1–`max` mutations. */
export const jsonMutations = (max: number): fc.Arbitrary<JsonMutation[]> => fc.array(jsonMutation, { minLength: 1, maxLength: max });

/** Every container and every leaf-or-container value in the document, each once, in a stable order. */
function walk(root: unknown): { containers: Container[]; values: unknown[] } {
  const containers: Container[] = [];
  const values: unknown[] = [];
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    values.push(v);
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    containers.push(v as Container);
    for (const child of Object.values(v).reverse()) stack.push(child);
  }
  return { containers, values };
}

/** Sets an own property, even "__proto__", as JSON.parse would. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies mutations to a copy of `doc` and returns it. Values are cloned as they are placed, so the
 * result is a tree (never shares or nests one object in itself) and stays serialisable.
 */
export function applyJsonMutations(doc: unknown, mutations: readonly JsonMutation[]): unknown {
  let root: unknown = structuredClone(doc);
  for (const m of mutations) {
    const { containers, values } = walk(root);
    const source = m.kind === 'copy' ? values[m.other % values.length] : m.value;
    const value = typeof source === 'object' && source !== null ? structuredClone(source) : source;
    if (containers.length === 0) {
      root = m.kind === 'delete' ? root : value;
      continue;
    }
    const target = containers[m.pick % containers.length]!;
    const keys = Object.keys(target);
    const key = keys.length === 0 ? undefined : keys[m.other % keys.length]!;
    if (Array.isArray(target)) {
      const i = key === undefined ? 0 : Number(key);
      if (m.kind === 'delete') target.splice(i, 1);
      else if (m.kind === 'replace' && key !== undefined) target[i] = value;
      else target.splice(i, 0, value);
    } else if (m.kind === 'delete' && key !== undefined) delete target[key];
    else if ((m.kind === 'replace' || m.kind === 'copy') && key !== undefined) setOwn(target, key, value);
    else setOwn(target, m.key, value);
  }
  return root;
}
