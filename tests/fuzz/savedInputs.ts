import fc from 'fast-check';
import type { StoreBackend } from '../../src/flow/versionedStore';
import { hostileText } from './hostileValues';
import { applyJsonMutations, jsonMutations } from './jsonMutation';
import { applyTextMutations, textMutations } from './textMutation';

/** What localStorage can hand back for a key: a saved document spoiled a little, damaged text, junk, or nothing. */
export function savedText(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(valid, fc.oneof(fc.constant([]), jsonMutations(3))).map(([doc, m]) => JSON.stringify(applyJsonMutations(doc, m)) ?? 'undefined') },
    { weight: 2, arbitrary: fc.tuple(valid, textMutations(2)).map(([doc, m]) => applyTextMutations(JSON.stringify(doc), m)) },
    { weight: 2, arbitrary: hostileText },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/** A Map-backed localStorage; `failing` makes reads or writes throw as a disabled or full store does. */
export class MemoryStore implements StoreBackend {
  readonly items = new Map<string, string>();
  constructor(readonly failing: 'none' | 'read' | 'write' = 'none') {}
  getItem(key: string): string | null {
    if (this.failing === 'read') throw new Error('SecurityError: storage is disabled');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failing === 'write') throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export const storeFailure = fc.constantFrom<MemoryStore['failing']>('none', 'none', 'none', 'none', 'read', 'write');
