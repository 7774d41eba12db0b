import { formatPath, type JsonPath } from './jsonPath';
import { LEVEL_LIMITS } from '../levelLimits';

/** One thing wrong with a level file, said so that its author can fix it. */
export interface LevelProblem {
  file: string;
  /** JSON path of the value, e.g. `faults.scheduled[1].target`; for a missing field, that field; '' for the whole file. */
  path: string;
  message: string;
  hint?: string;
}

/** `levels/x.json › faults[1].target: message (hint)`. */
export function formatProblem(p: LevelProblem): string {
  const where = p.path === '' ? p.file : `${p.file} › ${p.path}`;
  return `${where}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/**
 * Collects problems for one file. After `limit` problems it only counts, so a huge broken file is
 * still reported quickly; callers can skip costly hints once `full` is true.
 */
export class ProblemList {
  private readonly list: LevelProblem[] = [];
  private dropped = 0;

  constructor(
    readonly file: string,
    private readonly limit: number = LEVEL_LIMITS.problems,
  ) {}

  get full(): boolean {
    return this.list.length >= this.limit;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  /** `hint` may be a function, computed only when the problem is kept. */
  add(path: JsonPath, message: string, hint?: string | (() => string | undefined)): void {
    if (this.full) {
      this.dropped += 1;
      return;
    }
    const h = typeof hint === 'function' ? hint() : hint;
    this.list.push(h === undefined ? { file: this.file, path: formatPath(path), message } : { file: this.file, path: formatPath(path), message, hint: h });
  }

  /** Every kept problem, then one entry that counts the rest. */
  toArray(): LevelProblem[] {
    if (this.dropped === 0) return [...this.list];
    return [
      ...this.list,
      { file: this.file, path: '', message: `and ${this.dropped} more problem${this.dropped === 1 ? '' : 's'}`, hint: `only the first ${this.limit} are listed; fix these and check again` },
    ];
  }
}
