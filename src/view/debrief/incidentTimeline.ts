import { type SimEvent } from '../../sim';
import { eventView } from '../services/registry';
import { faultName } from './faultNames';
import { conceptsOf, type ConceptShown } from './incidentConcept';

/**
 * The debrief's incident timeline, measured from the run's events (never from the level file):
 * for each incident, when it started, when something noticed (detection), when the estate did
 * something about it (mitigation), and when service was good again (recovery), with MTTD, MTTR,
 * the measured RTO and the RPO.
 *
 * Which events start, detect and mitigate an incident, and which count lost writes, each service
 * view says of its own events (EventView.incident).
 *
 * - An incident starts at a fault.started, a zone or Region outage or a lost database primary.
 *   Triggers in the same tick are one incident (an AZ power cut also fails over the database in it).
 * - Detection: the first health-check or alarm reaction after the start (a target or DNS endpoint
 *   marked unhealthy, an Auto Scaling group replacing an instance or scaling out, a database
 *   failover starting, a new instance launched), before the next incident starts.
 * - Mitigation: the first database failover / restore / promotion, DR failover, DNS answer change,
 *   or a replacement instance (launched after the start) passing its health check.
 * - Recovery: the start of the first good minute after the last bad minute the incident caused.
 *   A bad minute is an `sla.minuteBad` event, emitted at the last tick of its one-minute window. A
 *   stretch of consecutive bad minutes belongs to the latest incident that began before the
 *   stretch's first minute ended, if the stretch began within SETTLE_SECONDS of that incident's
 *   faults ending; other bad minutes are "stray" (the player's own changes, too little capacity).
 * - Concepts: what brought service back (or kept it up), from the incident's own events.
 * - MTTD: start → detection. MTTR: detection → recovery. RTO: start → recovery (0 when no minute
 *   went bad). RPO: the seconds of writes lost (database.dataLost) after the incident began.
 */
export const SETTLE_SECONDS = 900;

export interface Moment {
  tick: number;
  /** What happened, in plain words. */
  what: string;
}

export interface Incident {
  /** 1-based, in order of start. */
  number: number;
  startTick: number;
  title: string;
  faults: { kind: string; subject: string }[];
  /** When its faults ended: the start for instantaneous ones, the run's end for ones still running. */
  endTick: number;
  detected: Moment | null;
  mitigated: Moment | null;
  recovered: Moment | null;
  badMinutes: number;
  ttdSeconds: number | null;
  ttrSeconds: number | null;
  /** 0 when service never went bad; null when it had not recovered by the end of the run. */
  rtoSeconds: number | null;
  rpoSeconds: number;
  outcome: 'rodeThrough' | 'recovered' | 'notRecovered';
  /** Which idea the run showed in this incident, read from what the estate did (incidentConcept.ts). */
  concepts: ConceptShown[];
}

export interface IncidentTimeline {
  incidents: Incident[];
  /** Bad minutes that no incident explains. */
  strayBadMinutes: number;
  strayDataLostSeconds: number;
  /** Means over the incidents that have the figure; null when none has. */
  mttdSeconds: number | null;
  mttrSeconds: number | null;
  /** The longest measured RTO; null when some incident never recovered. */
  worstRtoSeconds: number | null;
  totalRpoSeconds: number;
}

/** The event's part in an incident, as its service view says. */
const role = (e: SimEvent) => eventView(e.type)?.incident;

interface Stretch {
  /** Start of the first bad minute and end of the last, in ticks. */
  start: number;
  end: number;
  minutes: number;
}

export function buildIncidentTimeline(events: readonly SimEvent[], opts: { durationSeconds: number }): IncidentTimeline {
  const groups = groupTriggers(events);
  const stretches = badStretches(events);
  const incidents: Incident[] = groups.map((g, i) => {
    const bound = groups[i + 1]?.tick ?? Number.POSITIVE_INFINITY;
    return {
      number: i + 1,
      startTick: g.tick,
      title: titleOf(g.triggers),
      faults: g.triggers.filter((e) => e.type === 'fault.started').map((e) => ({ kind: e.detail ?? '', subject: e.subject ?? '' })),
      endTick: endOf(g.triggers, events, opts.durationSeconds),
      detected: detectionOf(events, firstAtOrAfter(events, g.tick), bound),
      mitigated: mitigationOf(events, firstAtOrAfter(events, g.tick), bound),
      recovered: null,
      badMinutes: 0,
      ttdSeconds: null,
      ttrSeconds: null,
      rtoSeconds: 0,
      rpoSeconds: 0,
      outcome: 'rodeThrough',
      concepts: [],
    };
  });

  let strayBadMinutes = 0;
  const lastStretch = new Map<Incident, Stretch>();
  for (const s of stretches) {
    const owner = latestStartedBefore(incidents, s.start + 60);
    if (!owner || s.start > owner.endTick + SETTLE_SECONDS) {
      strayBadMinutes += s.minutes;
      continue;
    }
    owner.badMinutes += s.minutes;
    lastStretch.set(owner, s);
  }

  let strayDataLostSeconds = 0;
  for (const e of events) {
    const r = role(e);
    if (!r || !('dataLost' in r)) continue;
    const owner = latestStartedBefore(incidents, e.tick + 1);
    if (owner) owner.rpoSeconds += e.value ?? 0;
    else strayDataLostSeconds += e.value ?? 0;
  }

  for (const inc of incidents) {
    if (inc.detected) inc.ttdSeconds = inc.detected.tick - inc.startTick;
    const last = lastStretch.get(inc);
    if (!last) continue;
    // The minute after the stretch is good if it was measured at all (it closed before the end).
    if (last.end + 60 <= opts.durationSeconds) {
      inc.outcome = 'recovered';
      inc.recovered = { tick: last.end, what: 'first good minute' };
      inc.rtoSeconds = last.end - inc.startTick;
      if (inc.detected) inc.ttrSeconds = last.end - inc.detected.tick;
    } else {
      inc.outcome = 'notRecovered';
      inc.rtoSeconds = null;
    }
  }

  incidents.forEach((inc, i) => {
    // What the estate did counts while it could matter: while the fault lasted (SETTLE_SECONDS after an
    // instantaneous one) and up to the first good minute, never into the next incident. A group that
    // rebuilds once the power is back did not protect anything.
    const lasted = inc.endTick > inc.startTick ? inc.endTick : inc.startTick + SETTLE_SECONDS;
    const until = Math.min(lasted, inc.recovered ? inc.recovered.tick + 60 : lasted, incidents[i + 1]?.startTick ?? Number.POSITIVE_INFINITY);
    inc.concepts = conceptsOf(inc, events.slice(firstAtOrAfter(events, inc.startTick), firstAtOrAfter(events, until)));
  });

  const mean = (xs: (number | null)[]) => {
    const have = xs.filter((x): x is number => x !== null);
    return have.length === 0 ? null : have.reduce((a, b) => a + b, 0) / have.length;
  };
  const rtos = incidents.map((i) => i.rtoSeconds);
  return {
    incidents,
    strayBadMinutes,
    strayDataLostSeconds,
    mttdSeconds: mean(incidents.map((i) => i.ttdSeconds)),
    mttrSeconds: mean(incidents.map((i) => i.ttrSeconds)),
    worstRtoSeconds: incidents.length === 0 || rtos.includes(null) ? null : Math.max(...(rtos as number[])),
    totalRpoSeconds: incidents.reduce((a, i) => a + i.rpoSeconds, 0),
  };
}

function groupTriggers(events: readonly SimEvent[]): { tick: number; triggers: SimEvent[] }[] {
  const groups: { tick: number; triggers: SimEvent[] }[] = [];
  for (const e of events) {
    const r = role(e);
    if (!r || !('starts' in r)) continue;
    const last = groups.at(-1);
    if (last && last.tick === e.tick) last.triggers.push(e);
    else groups.push({ tick: e.tick, triggers: [e] });
  }
  return groups.sort((a, b) => a.tick - b.tick);
}

function titleOf(triggers: SimEvent[]): string {
  const faults = triggers.filter((e) => e.type === 'fault.started');
  // A fault names itself; the outage events it caused in the same tick would only repeat it.
  const named = faults.length > 0 ? faults.map((e) => [faultName(e.detail ?? ''), e.subject === e.detail ? '' : (e.subject ?? '')] as const) : triggers.map((e) => [startTitle(e), e.subject ?? ''] as const);
  const byName = new Map<string, string[]>();
  for (const [name, subject] of named) {
    const list = byName.get(name) ?? [];
    if (subject && !list.includes(subject)) list.push(subject);
    byName.set(name, list);
  }
  return [...byName].map(([name, subjects]) => (subjects.length > 0 ? `${name}: ${subjects.join(', ')}` : name)).join(' + ');
}

function startTitle(e: SimEvent): string {
  const r = role(e);
  return r && 'starts' in r ? r.starts : e.type;
}

/**
 * The first index whose item is not before the boundary (`before(item)` is true for a prefix of the
 * list, false after it): a binary search. Events and incidents are in tick order; a run with
 * thousands of incidents scanned from the first event for each one took 400 ms for 20,000 events.
 */
function firstNotBefore<T>(list: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first event at or after `tick`. */
const firstAtOrAfter = (events: readonly SimEvent[], tick: number): number => firstNotBefore(events, (e) => e.tick < tick);

function endOf(triggers: SimEvent[], events: readonly SimEvent[], durationSeconds: number): number {
  let end = triggers[0]!.tick;
  for (const t of triggers) {
    if (t.type !== 'fault.started' || !t.value) continue;
    let ended: SimEvent | undefined;
    for (let i = firstAtOrAfter(events, t.tick); i < events.length && !ended; i++) {
      const e = events[i]!;
      if (e.type === 'fault.ended' && e.subject === t.subject && e.detail === t.detail) ended = e;
    }
    end = Math.max(end, ended ? ended.tick : durationSeconds);
  }
  return end;
}

function detectionOf(events: readonly SimEvent[], from: number, bound: number): Moment | null {
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (e.tick >= bound) break;
    const r = role(e);
    if (r && 'detects' in r) return { tick: e.tick, what: r.detects(e) };
  }
  return null;
}

/**
 * The first mitigation after the start. A replacement instance taking traffic is a pattern across
 * two kinds (an instance launched after the start, then healthy in its load balancer), so it is
 * recognised here rather than by either kind's view.
 */
function mitigationOf(events: readonly SimEvent[], from: number, bound: number): Moment | null {
  const replacements = new Set<string>();
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (e.tick >= bound) break;
    if (e.type === 'instance.launched' && e.subject) replacements.add(e.subject);
    else if (e.type === 'target.markedHealthy' && e.subject && replacements.has(e.subject)) {
      return { tick: e.tick, what: `Replacement ${e.subject} healthy${e.detail ? ` in ${e.detail}` : ''}, taking traffic` };
    } else {
      const r = role(e);
      if (r && 'mitigates' in r) return { tick: e.tick, what: r.mitigates(e) };
    }
  }
  return null;
}

function badStretches(events: readonly SimEvent[]): Stretch[] {
  const ends = events.filter((e) => e.type === 'sla.minuteBad').map((e) => e.tick + 1).sort((a, b) => a - b);
  const out: Stretch[] = [];
  for (const end of ends) {
    const last = out.at(-1);
    if (last && last.end === end - 60) {
      last.end = end;
      last.minutes += 1;
    } else if (!last || last.end !== end) out.push({ start: end - 60, end, minutes: 1 });
  }
  return out;
}

/** The last incident that started before `tick` (incidents are in start order). */
function latestStartedBefore(incidents: readonly Incident[], tick: number): Incident | undefined {
  return incidents[firstNotBefore(incidents, (inc) => inc.startTick < tick) - 1];
}
