import { type SimEvent } from '../../sim';
import { faultView } from '../services/registry';
import { faultName, faultShortName } from './faultNames';

/** A fault as the charts mark it: a line at its start, and a band to its end when it lasted. */
export interface FaultMarker {
  startTick: number;
  /** Equal to startTick for instantaneous faults (a terminate, a reboot); the run's end if it never ended. */
  endTick: number;
  kind: string;
  subject: string;
  /** Short label drawn on the chart, e.g. "AZ power use1-az1". */
  label: string;
  /** The same in words, for the text beside the chart. */
  description: string;
  /**
   * Worth a label when the chart is crowded: a fault that lasted, or one that hits more than one
   * instance. One-off instance faults (spot churn makes dozens) are then drawn as thin ticks.
   */
  major: boolean;
}

/** Pairs each fault.started with its fault.ended (same kind and subject, first one after it). */
export function faultMarkers(events: readonly SimEvent[], durationSeconds: number): FaultMarker[] {
  const open: FaultMarker[] = [];
  const out: FaultMarker[] = [];
  for (const e of events) {
    if (e.type === 'fault.started') {
      const kind = e.detail ?? '';
      const subject = e.subject === kind ? '' : (e.subject ?? '');
      const marker: FaultMarker = {
        startTick: e.tick,
        endTick: e.value ? durationSeconds : e.tick,
        kind,
        subject,
        label: subject ? `${faultShortName(kind)} ${subject}` : faultShortName(kind),
        description: `${faultName(kind)}${subject ? ` on ${subject}` : ''}`,
        major: !!e.value || faultView(kind)?.minor !== true,
      };
      out.push(marker);
      if (e.value) open.push(marker);
    } else if (e.type === 'fault.ended') {
      const kind = e.detail ?? '';
      const subject = e.subject === kind ? '' : (e.subject ?? '');
      const i = open.findIndex((m) => m.kind === kind && m.subject === subject);
      if (i >= 0) {
        open[i]!.endTick = e.tick;
        open.splice(i, 1);
      }
    }
  }
  return out;
}

/**
 * The labels the charts draw: one per fault, except that faults of one kind starting in the same
 * tick share one ("No capacity ×3" for a capacity crunch across three AZs).
 */
export function markerLabels(markers: readonly FaultMarker[]): { tick: number; label: string; major: boolean }[] {
  const out: { tick: number; kind: string; label: string; major: boolean; count: number }[] = [];
  // By tick and kind: a search of the list per marker took 140 ms for a run with thousands of faults.
  const byKey = new Map<string, (typeof out)[number]>();
  for (const m of markers) {
    const key = `${m.startTick}|${m.kind}`;
    const same = byKey.get(key);
    if (!same) {
      const label = { tick: m.startTick, kind: m.kind, label: m.label, major: m.major, count: 1 };
      out.push(label);
      byKey.set(key, label);
    } else {
      same.count += 1;
      same.label = `${faultShortName(m.kind)} ×${same.count}`;
      same.major ||= m.major;
    }
  }
  return out.map(({ tick, label, major }) => ({ tick, label, major }));
}
