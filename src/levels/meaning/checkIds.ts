import { isTargetChoice, SERVICE_KINDS } from '../../sim';
import type { JsonPath } from '../../shared/schema/jsonPath';
import { formatPath } from '../../shared/schema/jsonPath';
import { MIN_ZONES_PER_REGION } from '../../shared/levelLimits';
import type { ProblemList } from '../problems';
import { listThings, type LevelIndex } from './levelIndex';

/**
 * Ids the simulation makes up for things created during a run ("i-0007", "alb-0012"): a level id of
 * that form could collide with one. The kinds declare their prefixes (levelIds.generatedPrefixes);
 * "fault" is the engine's own.
 */
const GENERATED_ID = new RegExp(`^(?:${['fault', ...SERVICE_KINDS.flatMap((k) => k.levelIds?.generatedPrefixes ?? [])].sort().join('|')})-\\d+$`);

/** "Regions, zones, instances, … and DNS endpoints": every kind of thing that has an id, in registry order. */
const EVERYTHING = ((names: string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`)(['Regions', 'zones', ...SERVICE_KINDS.flatMap((k) => k.levelIds?.plurals ?? [])]);

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
      problems.add(path, `"${id}" is already used at ${formatPath(first)}`, `ids must be unique across the whole level: ${EVERYTHING}`);
      return;
    }
    seen.set(id, path);
    if (isTargetChoice(id)) {
      problems.add(path, `"${id}" is a word a scheduled fault's target uses ("busiest" or "random"), so it cannot name a thing`, 'choose another id');
    } else if (GENERATED_ID.test(id)) {
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
  for (const t of listThings(level)) claim(t.id, [...t.at, 'id']);
  e.dns?.endpoints.forEach((x, i) => {
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
