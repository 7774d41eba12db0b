import { type SimEvent } from '../sim';
import type { Cue, EventCues } from '../presentation/cues';

/**
 * Shortest real-time gap between two plays of the same cue. At 8× a frame can run dozens of steps
 * and a zone outage marks every target in it unhealthy: without a gap that is a machine gun.
 * The alarm is the one the brief pins: at most one per 2 real seconds.
 */
export const MIN_GAP_MS: Readonly<Record<Cue, number>> = {
  alarm: 2000,
  outage: 400,
  recovery: 400,
  uiError: 150,
  terminate: 120,
  launch: 120,
  uiClick: 40,
  win: 0,
  lose: 0,
};

/** Loudest first: when one batch holds more cues than MAX_CUES_PER_BATCH, these win. */
const PRIORITY: readonly Cue[] = ['outage', 'recovery', 'alarm', 'uiError', 'terminate', 'launch'];
export const MAX_CUES_PER_BATCH = 2;

/** When each cue last sounded (real milliseconds). Plain data, so `cuesFor` stays pure. */
export type CueTimes = Readonly<Partial<Record<Cue, number>>>;

/**
 * The cues to play for one batch of events (one step, or one command) arriving at real time `nowMs`,
 * and the updated play times. `eventCues` says which event sounds which cue (the view's service
 * descriptors declare them; most events are silent on purpose). Bursts collapse: a cue sounds at most once per batch, a cue still
 * inside its MIN_GAP_MS is dropped (never queued, so a burst cannot echo later), and a batch sounds
 * at most MAX_CUES_PER_BATCH cues, most important first. A clock that went backwards allows a play.
 */
export function cuesFor(events: readonly SimEvent[], nowMs: number, last: CueTimes, eventCues: EventCues): { cues: Cue[]; last: CueTimes } {
  const wanted = new Set<Cue>();
  for (const e of events) {
    const cue = eventCues[e.type];
    if (cue) wanted.add(cue);
  }
  const cues: Cue[] = [];
  const next: Partial<Record<Cue, number>> = { ...last };
  for (const cue of PRIORITY) {
    if (cues.length >= MAX_CUES_PER_BATCH) break;
    if (!wanted.has(cue)) continue;
    const prev = last[cue];
    const elapsed = prev === undefined ? Infinity : nowMs - prev;
    if (elapsed >= 0 && elapsed < MIN_GAP_MS[cue]) continue;
    cues.push(cue);
    next[cue] = nowMs;
  }
  return { cues, last: cues.length > 0 ? next : last };
}
