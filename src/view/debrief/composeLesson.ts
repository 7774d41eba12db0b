import { formatUsd } from '../format';
import type { ConceptKind } from './incidentConcept';
import type { IncidentTimeline } from './incidentTimeline';

/** A run as the lesson compares it: its figures and its incidents. */
export interface LessonRun {
  uptimePct: number;
  costUsd: number;
  timeline: IncidentTimeline;
}

/** The debrief's lesson, composed from what happened (GAME.md "Debriefs from the run"). */
export interface ComposedLesson {
  /** One line per incident worth telling, oldest first, plus a count of the rest. */
  happened: string[];
  /** The idea each concept the run showed stands for: the seed's analogy only when the run showed it. */
  meaning: string[];
  /** What the reference run on the same seed did that this run did not; null without a reference. */
  comparison: string | null;
}

/** Incident lines at most; past this the rest are counted by concept. */
export const MAX_LINES = 5;

const NAMES: Record<ConceptKind, string> = {
  highAvailability: 'High Availability',
  faultTolerance: 'Fault Tolerance',
  disasterRecovery: 'Disaster Recovery',
  scaling: 'scaling',
  byHand: 'recovery by hand',
  unprotected: 'no protection',
};

/** In the order the game teaches them. */
const ORDER: ConceptKind[] = ['highAvailability', 'faultTolerance', 'disasterRecovery', 'scaling', 'byHand', 'unprotected'];
/** The ideas a level can ask for: missing one of these is what the comparison is about. */
const PROTECTIONS: ConceptKind[] = ['highAvailability', 'faultTolerance', 'disasterRecovery', 'scaling'];

const MEANING: Record<ConceptKind, string> = {
  highAvailability: 'That is High Availability, the spare tyre: a short stop to swap the broken part, then on you go. Recovery is automatic and fast, and a small dip is expected.',
  faultTolerance: 'That is Fault Tolerance, the second engine: the spare capacity was already running, so losing part of the estate cost no bad minute.',
  disasterRecovery: 'That is Disaster Recovery, the parachute: the whole Region was lost, and the service came back in another one.',
  scaling: 'That is scaling: capacity added for the load, automatically, before the shoppers noticed.',
  byHand: 'You recovered by hand. It worked, but only as fast as you noticed and acted; automation does not wait for anyone to notice.',
  unprotected: 'Nothing protected the service there: it was down until the fault ended, or to the end of the run.',
};

const pct = (x: number) => `${x.toFixed(2)} %`;
const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const kindsOf = (t: IncidentTimeline) => new Set(t.incidents.flatMap((i) => i.concepts.map((c) => c.kind)));

/**
 * The lesson of one run. `at` words a tick on the level's clock. The reference is the level's own
 * par run on the same seed; a level without one (a player's own file, the sandbox) gets no comparison.
 */
export function composeLesson(own: LessonRun, reference: LessonRun | null, at: (tick: number) => string): ComposedLesson {
  const incidents = own.timeline.incidents;
  const told = incidents.length <= MAX_LINES ? incidents : incidents.filter((i) => i.outcome !== 'rodeThrough').slice(0, MAX_LINES);
  const happened = told.map((i) => `${at(i.startTick)} ${i.title} — ${i.concepts.map((c) => c.says).join('; ')}.`);
  if (told.length < incidents.length) {
    const counts = new Map<ConceptKind, number>();
    for (const i of incidents) if (!told.includes(i)) for (const k of new Set(i.concepts.map((c) => c.kind))) counts.set(k, (counts.get(k) ?? 0) + 1);
    const parts = ORDER.filter((k) => counts.has(k)).map((k) => `${counts.get(k)} showed ${NAMES[k]}`);
    happened.push(`${incidents.length - told.length} more incidents: ${list(parts)}.`);
  }
  if (incidents.length === 0) happened.push('No fault hit this run.');

  const ownKinds = kindsOf(own.timeline);
  const meaning = ORDER.filter((k) => ownKinds.has(k)).map((k) => MEANING[k]);
  return { happened, meaning, comparison: reference ? compareRuns(own, reference) : null };
}

/** What the reference run on the same seed did that this run did not, with both runs' figures. */
export function compareRuns(own: LessonRun, ref: LessonRun): string {
  const ownKinds = kindsOf(own.timeline);
  const figures = `the level's reference run kept ${pct(ref.uptimePct)} uptime for ${formatUsd(ref.costUsd)}; yours kept ${pct(own.uptimePct)} for ${formatUsd(own.costUsd)}`;
  const refKinds = kindsOf(ref.timeline);
  const missing = PROTECTIONS.filter((k) => refKinds.has(k) && !ownKinds.has(k));
  if (missing.length > 0) {
    const example = ref.timeline.incidents.flatMap((i) => i.concepts).find((c) => c.kind === missing[0]);
    return `What ${list(missing.map((k) => NAMES[k]))} would have changed: on this seed ${figures}${example ? ` (${example.says})` : ''}.`;
  }
  if (ref.uptimePct > own.uptimePct + 0.005) return `On this seed ${figures}: the same ideas, applied sooner or with more room, kept more minutes good.`;
  return `On this seed ${figures}: you did as well on uptime${own.costUsd > ref.costUsd + 0.005 ? `, for ${formatUsd(own.costUsd - ref.costUsd)} more` : ''}.`;
}
