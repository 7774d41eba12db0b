import type { ScenarioSpec, Simulation } from '../src/sim';
import { buildIncidentTimeline } from '../src/view/debrief/incidentTimeline';

/** One incident of a headless run, as `npm run sim` prints it (docs/commands.md §6). */
export interface IncidentReport {
  title: string;
  faults: { kind: string; target: string }[];
  startSeconds: number;
  detected: { atSeconds: number; what: string } | null;
  mitigated: { atSeconds: number; what: string } | null;
  recovered: { atSeconds: number; what: string } | null;
  badMinutes: number;
  mttdSeconds: number | null;
  mttrSeconds: number | null;
  rtoSeconds: number | null;
  rpoSeconds: number;
  outcome: 'rodeThrough' | 'recovered' | 'notRecovered';
  /** The concept(s) the run showed: "High Availability: replaced by the Auto Scaling group in 1 min 10 s". */
  concepts: { kind: string; says: string }[];
}

const moment = (m: { tick: number; what: string } | null) => (m === null ? null : { atSeconds: m.tick, what: m.what });

/**
 * What happened in a run, beside its figures: each incident from fault to recovery (the debrief's
 * incident timeline) and each command the simulation refused, with its reason.
 */
export function simReport(scenario: ScenarioSpec, sim: Simulation): { incidents: IncidentReport[]; commandsRejected: { atSeconds: number; reason: string }[] } {
  const timeline = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds });
  return {
    incidents: timeline.incidents.map((i) => ({
      title: i.title,
      faults: i.faults.map((f) => ({ kind: f.kind, target: f.subject })),
      startSeconds: i.startTick,
      detected: moment(i.detected),
      mitigated: moment(i.mitigated),
      recovered: moment(i.recovered),
      badMinutes: i.badMinutes,
      mttdSeconds: i.ttdSeconds,
      mttrSeconds: i.ttrSeconds,
      rtoSeconds: i.rtoSeconds,
      rpoSeconds: i.rpoSeconds,
      outcome: i.outcome,
      concepts: i.concepts,
    })),
    commandsRejected: sim.events.filter((e) => e.type === 'command.rejected').map((e) => ({ atSeconds: e.tick, reason: e.detail ?? '' })),
  };
}
