import { LEVEL_LIMITS } from '../levelLimits';

/** Where a value sits in a level file: field names and array indexes from the top. */
export type PathSegment = string | number;
export type JsonPath = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * `faults.scheduled[1].target`; names that are not identifiers are quoted: `estate["web tier"]`.
 * The top level is the empty string. A field name too long to print is not printed: the path
 * stops at its parent, so every path still names a place that exists in the file.
 */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.length > LEVEL_LIMITS.keyLength) break;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
