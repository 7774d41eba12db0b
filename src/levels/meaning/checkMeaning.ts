import { type ScenarioSpec } from '../../sim';
import type { ProblemList } from '../problems';
import { checkEstate } from './checkEstate';
import { checkIds } from './checkIds';
import { checkObjectives } from './checkObjectives';
import { checkRouting } from './checkRouting';
import { checkTimeline } from './checkTimeline';
import { checkTopology } from './checkTopology';
import { checkWork } from './checkWork';
import { indexLevel } from './levelIndex';

/**
 * The checks that need the whole level: references point at real things of the right kind, times
 * fit the duration, the objectives can be met. Run only on a level whose shape is already right.
 */
export function checkMeaning(level: ScenarioSpec, problems: ProblemList, options: ParseOptions = {}): void {
  const index = indexLevel(level);
  checkIds(index, problems);
  checkEstate(index, problems);
  checkRouting(index, problems);
  checkTopology(index, problems);
  checkTimeline(index, problems);
  checkObjectives(index, problems);
  checkWork(level, problems, options.maxWorkSeconds);
}

export interface ParseOptions {
  /** The work budget in work-seconds (LEVEL_LIMITS.workSeconds unless an author raises it on the command line). */
  maxWorkSeconds?: number;
}
