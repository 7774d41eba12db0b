import type { PathSegment } from '../shared/schema/jsonPath';
import { LEVEL_LIMITS } from '../shared/levelLimits';
import type { ProblemList } from './problems';

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: PathSegment;
}

/**
 * Rejects documents nested deeper than the limit, or with too many values, before anything else
 * walks them. An explicit stack, not recursion: 100,000 nested brackets must not overflow ours, and
 * it stops at the first container that is too deep. Returns false after adding the problem.
 */
export function checkNesting(input: unknown, problems: ProblemList, limits = LEVEL_LIMITS): boolean {
  const stack: Visit[] = [{ value: input, depth: isContainer(input) ? 1 : 0, parent: null, key: '' }];
  let values = 0;
  while (stack.length > 0) {
    const visit = stack.pop()!;
    values += 1;
    if (visit.depth > limits.depth) {
      problems.add(pathOf(visit), `objects and arrays are nested more than ${limits.depth} deep here`, 'a level nests at most 6 deep; look for brackets that were never closed');
      return false;
    }
    const v = visit.value;
    if (!isContainer(v)) continue;
    const keys = Array.isArray(v) ? null : Object.keys(v);
    const size = keys === null ? (v as unknown[]).length : keys.length;
    if (values + stack.length + size > limits.values) {
      problems.add([], `the file holds more than ${limits.values.toLocaleString('en-US')} values`, 'a level needs a few thousand at most');
      return false;
    }
    for (let i = size - 1; i >= 0; i--) {
      const key = keys === null ? i : keys[i]!;
      stack.push(child(visit, (v as Record<PathSegment, unknown>)[key], key));
    }
  }
  return true;
}

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

function child(parent: Visit, value: unknown, key: PathSegment): Visit {
  return { value, depth: parent.depth + (isContainer(value) ? 1 : 0), parent, key };
}

function pathOf(visit: Visit): PathSegment[] {
  const out: PathSegment[] = [];
  for (let v: Visit | null = visit; v !== null && v.parent !== null; v = v.parent) out.push(v.key);
  return out.reverse();
}
