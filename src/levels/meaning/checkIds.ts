import type { JsonPath } from '../../shared/schema/jsonPath';
import { formatPath } from '../../shared/schema/jsonPath';
import { MIN_ZONES_PER_REGION } from '../../shared/levelLimits';
import type { ProblemList } from '../problems';
import type { LevelIndex } from './levelIndex';

/**
 * Ids the simulation makes up for things created during a run ("i-0007", "alb-0012"): a level id of
 * that form could collide with one. Keep in step with the prefixes passed to newId in src/sim.
 */
const GENERATED_ID = /^(?:i|alb|asg|db|fault|replica|snap)-\d+$/;

/**
 * Every id names one thing in the whole level, because faults, DNS and the player's commands refer
 * to things by id alone. Each Region has at least three zones, as in AWS.
 */
export function checkIds(index: LevelIndex, problems: ProblemList): void {
  const { level } = index;
  const seen = new Map<string, JsonPath>();
  const claim = (id: string, path: JsonPath): void => {
    const first = seen.get(id);
    if (first !== undefined) {
      problems.add(path, `"${id}" is already used at ${formatPath(first)}`, 'ids must be unique across the whole level: Regions, zones, instances, load balancers, scaling groups, databases, replicas and DNS endpoints');
      return;
    }
    seen.set(id, path);
    if (GENERATED_ID.test(id)) {
      problems.add(path, `"${id}" looks like an id the game makes up for new things during a run`, 'choose a descriptive id such as "web-1"');
    }
  };

  level.regions.forEach((r, i) => {
    claim(r.id, ['regions', i, 'id']);
    r.zones.forEach((z, j) => claim(z, ['regions', i, 'zones', j]));
    if (r.zones.length < MIN_ZONES_PER_REGION) {
      problems.add(['regions', i, 'zones'], `region "${r.id}" has ${r.zones.length} zone${r.zones.length === 1 ? '' : 's'}; every AWS Region has at least ${MIN_ZONES_PER_REGION}`, `add ${nextZoneIds(r.zones, MIN_ZONES_PER_REGION - r.zones.length)}`);
    }
  });
  const e = level.estate;
  e.instances?.forEach((x, i) => claim(x.id, ['estate', 'instances', i, 'id']));
  e.loadBalancers?.forEach((x, i) => claim(x.id, ['estate', 'loadBalancers', i, 'id']));
  e.scalingGroups?.forEach((x, i) => claim(x.id, ['estate', 'scalingGroups', i, 'id']));
  e.databases?.forEach((x, i) => {
    claim(x.id, ['estate', 'databases', i, 'id']);
    x.replicas?.forEach((r, j) => claim(r.id, ['estate', 'databases', i, 'replicas', j, 'id']));
  });
  e.dns?.endpoints.forEach((x, i) => {
    claim(x.id, ['estate', 'dns', 'endpoints', i, 'id']);
    // A DR posture adds its own endpoint under this name (src/sim/dr/provisionPosture.ts).
    if (e.dr && x.id === `${e.dr.drRegion}-endpoint`) {
      problems.add(['estate', 'dns', 'endpoints', i, 'id'], `"${x.id}" is the name the DR posture gives its own endpoint`, 'choose another id');
    }
  });
}

/** Suggested ids for missing zones, following the pattern of the ones given ("use1-az3"). */
function nextZoneIds(zones: readonly string[], count: number): string {
  const last = zones[zones.length - 1];
  const m = last === undefined ? null : /^(.*?)(\d{1,6})$/.exec(last);
  if (!m) return `${count} more Availability Zone id${count === 1 ? '' : 's'}`;
  const taken = new Set(zones);
  const out: string[] = [];
  for (let n = Number(m[2]) + 1; out.length < count && n < 10_000_000; n++) if (!taken.has(`${m[1]}${n}`)) out.push(`"${m[1]}${n}"`);
  return `${out.join(' and ')}, or other Availability Zone ids`;
}
