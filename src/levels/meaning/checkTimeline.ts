import { type FaultKind, isTargetChoice } from '../../sim';
import type { JsonPath } from '../../shared/schema/jsonPath';
import type { ProblemList } from '../problems';
import { checkZone, missing, whatIs, type LevelIndex, type Miss } from './levelIndex';

/**
 * Everything scheduled happens while the level runs, and each fault hits something of its kind:
 * instance.* an instance, zone.* a zone, region.outage a Region, database.primaryFailure a database;
 * traffic.spike hits no target and says how big it is.
 */
export function checkTimeline(index: LevelIndex, problems: ProblemList): void {
  const { level } = index;
  const end = level.durationSeconds;
  const within = (at: number, path: JsonPath): void => {
    if (at >= end) problems.add(path, `starts at ${at} s, but the level ends at ${end} s`, `use a time below ${end}, or lengthen durationSeconds`);
  };

  level.faults.scheduled?.forEach((f, i) => {
    const at: JsonPath = ['faults', 'scheduled', i];
    if (f.atSeconds !== undefined && f.between !== undefined) problems.add([...at, 'between'], 'a fault starts at atSeconds or in a between window, not both', 'remove one of them');
    else if (f.atSeconds === undefined && f.between === undefined) problems.add(at, 'the fault has no time', 'add atSeconds (a fixed second) or between: [from, to] (a window the seed draws the second from)');
    if (f.atSeconds !== undefined) within(f.atSeconds, [...at, 'atSeconds']);
    if (f.between !== undefined) {
      const [from = 0, to = 0] = f.between;
      if (to <= from) problems.add([...at, 'between'], `the window [${from}, ${to}] does not open before it closes`, 'write [from, to] with from before to');
      else within(to, [...at, 'between', 1]);
    }
    if (f.kind === 'traffic.spike') {
      if (f.target !== undefined) problems.add([...at, 'target'], 'traffic.spike hits all traffic and takes no target', 'remove target');
      if (f.spikePct === undefined) problems.add([...at, 'spikePct'], 'required field is missing', 'add it: how big the spike is, in percent of normal demand; 300 is three times');
      return;
    }
    if (f.spikePct !== undefined) problems.add([...at, 'spikePct'], `spikePct applies only to traffic.spike, not ${f.kind}`, 'remove spikePct');
    if (f.target === undefined) {
      problems.add([...at, 'target'], 'required field is missing', `add it: ${targetNoun(f.kind)} for ${f.kind} to hit`);
      return;
    }
    if (isTargetChoice(f.target)) return;
    const miss = checkTarget(index, f.kind, f.target);
    if (miss) problems.add([...at, 'target'], miss.message, miss.hint);
  });

  level.traffic.curves.forEach((c, i) => {
    const at: JsonPath = ['traffic', 'curves', i];
    if (c.kind === 'ramp') {
      if (c.endSeconds <= c.startSeconds) problems.add([...at, 'endSeconds'], `the ramp ends at ${c.endSeconds} s, not after it starts (${c.startSeconds} s)`);
      else if (c.endSeconds > end) problems.add([...at, 'endSeconds'], `the ramp ends at ${c.endSeconds} s, after the level ends at ${end} s`, `use an endSeconds of at most ${end}`);
    } else if (c.kind === 'spike') {
      within(c.atSeconds, [...at, 'atSeconds']);
      if (c.atSeconds < end && c.atSeconds + c.durationSeconds > end) {
        problems.add([...at, 'durationSeconds'], `the spike runs until ${c.atSeconds + c.durationSeconds} s, after the level ends at ${end} s`, `use a durationSeconds of at most ${end - c.atSeconds}`);
      }
    } else if (c.kind === 'dailyWave' && c.peakRps < c.baseRps) {
      problems.add([...at, 'peakRps'], `the peak (${c.peakRps} req/s) is below the base (${c.baseRps} req/s)`, 'peakRps is the busiest hour, baseRps the quietest');
    }
  });

  level.estate.scalingGroups?.forEach((g, i) => {
    g.scheduled?.forEach((s, j) => within(s.atSeconds, ['estate', 'scalingGroups', i, 'scheduled', j, 'atSeconds']));
  });
}

function targetNoun(kind: FaultKind): string {
  if (kind.startsWith('instance.')) return 'an instance id';
  if (kind.startsWith('zone.')) return 'a zone id';
  if (kind === 'region.outage') return 'a Region id';
  return 'a database id';
}

function checkTarget(index: LevelIndex, kind: FaultKind, target: string): Miss | undefined {
  const miss = findTarget(index, kind, target);
  if (miss === undefined || miss === 'wrong purchase') {
    return miss && { message: `spot interruptions only reach spot instances; "${target}" is on-demand`, hint: `set "purchase": "spot" on ${target}` };
  }
  // Pointing at the wrong kind of thing is the likelier mistake than a typo: say what it is.
  const actually = whatIs(index, target);
  return actually ? { message: miss.message, hint: `"${target}" is ${actually}; ${kind} needs ${targetNoun(kind)}` } : miss;
}

function findTarget(index: LevelIndex, kind: FaultKind, target: string): Miss | 'wrong purchase' | undefined {
  if (kind.startsWith('instance.')) {
    const inst = index.instances.get(target);
    if (!inst) return missing('instance', 'instances', target, index.instances.keys());
    return kind === 'instance.spotInterruption' && inst.purchase !== 'spot' ? 'wrong purchase' : undefined;
  }
  if (kind.startsWith('zone.')) return checkZone(index, target);
  if (kind === 'region.outage') return index.zonesOf.has(target) ? undefined : missing('region', 'regions', target, index.zonesOf.keys());
  return index.databases.has(target) ? undefined : missing('database', 'databases', target, index.databases.keys());
}
