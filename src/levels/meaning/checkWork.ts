import type { ScenarioSpec } from '../../sim';
import { LEVEL_LIMITS } from '../../shared/levelLimits';
import type { ProblemList } from '../problems';

/**
 * How many things a tick works on before the per-tick cost grows: measured with `npx tsx` runs of
 * the sandbox (about 6–7 µs a tick with a handful of things, about 40 µs with a hundred).
 */
const THINGS_PER_UNIT = 20;

/** The things a level's estate can hold at once: instances, Auto Scaling group maximums, load balancers, databases. */
export function estateSize(level: Pick<ScenarioSpec, 'estate'>): number {
  const e = level.estate;
  const groups = (e.scalingGroups ?? []).reduce((n, g) => n + g.max, 0);
  return (e.instances?.length ?? 0) + groups + (e.loadBalancers?.length ?? 0) + (e.databases?.length ?? 0);
}

/**
 * What one run of the level costs to simulate, in work-seconds: its simulated seconds, weighted by
 * how much estate each tick has to move. The level checker, replays, result codes and the CLI all
 * refuse a level over the budget before simulating anything (a 30-day level took 13.6 s to run).
 */
export function simulationWork(level: Pick<ScenarioSpec, 'estate' | 'durationSeconds'>): number {
  return Math.round(level.durationSeconds * (1 + estateSize(level) / THINGS_PER_UNIT));
}

export function checkWork(level: ScenarioSpec, problems: ProblemList, budget: number = LEVEL_LIMITS.workSeconds): void {
  const work = simulationWork(level);
  if (work <= budget) return;
  const size = estateSize(level);
  const longest = Math.floor(budget / (1 + size / THINGS_PER_UNIT));
  problems.add(
    ['durationSeconds'],
    `simulating this level is too much work for one run: ${level.durationSeconds} s with an estate of ${size} (instances, Auto Scaling group maximums, load balancers and databases) is about ${work.toLocaleString('en-US')} work-seconds; the limit is ${budget.toLocaleString('en-US')}`,
    `shorten durationSeconds to at most ${longest} with this estate, or make the estate smaller; on the command line, --max-seconds ${work} allows it`,
  );
}
