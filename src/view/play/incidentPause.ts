import type { GameSession } from '../../runtime/session';
import { type FaultKind, type SimEvent } from '../../sim';
import { describeFaults } from '../classroom/predictionStops';
import { faultView } from '../services/registry';
import { activeAlarms } from './alarms';

export interface IncidentPauseOptions {
  /** Whether the player wants it now (the setting, read on every step so a change applies at once). */
  enabled(): boolean;
  /** Faults starting on this tick were already paused for (a classroom "what will happen?" stop). */
  covered?(tick: number): boolean;
}

/** What the pause banner and the announcement add to every reason. */
export const CONTINUE_HINT = 'press Space to continue';

/** An alarm's name without its figures: "ErrorRate > 1 % (3.2 %)" → "ErrorRate > 1 %", "UnHealthyHostCount web-alb: 2" → "UnHealthyHostCount web-alb". */
const alarmName = (alarm: string): string => alarm.replace(/\s*\(.*\)$/, '').replace(/:\s*[\d.,]+$/, '');

/**
 * The alarms that go off in the minutes after a stop are the same story, already announced: they
 * show in the HUD without stopping the clock again (a Region outage would otherwise stop it four
 * times in two minutes).
 */
export const STORY_SECONDS = 300;

/**
 * Pacing for people (GameSession.pauseWhen): the clock stops when a fault starts or an alarm fires,
 * and says why: "Paused: a power cut in use1-az2 — press Space to continue". Pausing rather than
 * slowing down, because even the slowest speed (0.5×) moves 22–45 simulated seconds per real second
 * in the campaign, and a screen reader needs the clock still to read the news out.
 *
 * Not every repeat stops it: a fault on a single instance (spot churn, Chaos Monkey) stops the clock
 * the first time each kind happens in a run, and an alarm the first time it fires (unless it goes
 * off within STORY_SECONDS of another stop); a fault on an AZ, a Region, a database or the traffic
 * stops it every time.
 */
export function incidentPause(session: GameSession, opts: IncidentPauseOptions): (events: readonly SimEvent[]) => string | null {
  const seenMinorKinds = new Set<string>();
  const seenAlarms = new Set<string>();
  let pausedAt = Number.NEGATIVE_INFINITY;
  return (events) => {
    if (!opts.enabled()) return null;
    const faults: { kind: FaultKind; target?: string; atSeconds: number; spikePct?: number }[] = [];
    const minorNow = new Set<string>();
    for (const e of events) {
      if (e.type !== 'fault.started' || opts.covered?.(e.tick)) continue;
      const kind = (e.detail ?? '') as FaultKind;
      if (faultView(kind)?.minor) {
        if (seenMinorKinds.has(kind)) continue;
        minorNow.add(kind);
      }
      const fault: (typeof faults)[number] = { kind, atSeconds: e.tick };
      if (kind === 'traffic.spike') fault.spikePct = session.world.trafficSpikePct;
      else if (e.subject) fault.target = e.subject;
      faults.push(fault);
    }
    for (const kind of minorNow) seenMinorKinds.add(kind);
    const alarms = activeAlarms(session).filter((a) => !seenAlarms.has(alarmName(a)));
    for (const a of alarms) seenAlarms.add(alarmName(a));
    if (faults.length > 0) {
      pausedAt = session.world.tick;
      return `Paused: ${describeFaults(faults)} — ${CONTINUE_HINT}`;
    }
    if (alarms.length === 0 || session.world.tick - pausedAt <= STORY_SECONDS) return null;
    pausedAt = session.world.tick;
    return `Paused: ${alarms.length === 1 ? 'an alarm fired' : 'alarms fired'}: ${alarms.join('; ')} — ${CONTINUE_HINT}`;
  };
}
