import type { MinuteSample } from '../../runtime/recorder';
import { formatAt, formatUsd, type LevelClock } from '../format';
import type { FaultMarker } from './faultMarkers';
import { faultName } from './faultNames';

export interface ChartTargets {
  slaPct: number;
  budgetUsd?: number | undefined;
  parCostUsd?: number | undefined;
  latencySloMs: number;
  durationSeconds: number;
  /** The level's clock: every moment named in a summary reads as the HUD showed it. */
  clock: LevelClock;
}

/** The text beside each chart: what a sighted player reads off the canvas, for everyone. */
export interface ChartSummaries {
  traffic: string;
  failures: string;
  latency: string;
  uptime: string;
  cost: string;
  faults: string;
}

/** A moment of the run on the level's clock. */
type At = (tick: number) => string;

const rps = (v: number) => `${Math.round(v).toLocaleString('en-US')} req/s`;
const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** Index of the largest (or smallest) value; the earliest on ties. */
function argBest(xs: readonly MinuteSample[], get: (m: MinuteSample) => number, max: boolean): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (max ? get(xs[i]!) > get(xs[best]!) : get(xs[i]!) < get(xs[best]!)) best = i;
  return best;
}

export function chartSummaries(samples: readonly MinuteSample[], markers: readonly FaultMarker[], t: ChartTargets): ChartSummaries {
  const at: At = (tick) => formatAt(t.clock, tick);
  return {
    traffic: trafficText(samples, at),
    failures: failuresText(samples, at),
    latency: latencyText(samples, t.latencySloMs, at),
    uptime: uptimeText(samples, t.slaPct, at),
    cost: costText(samples, t, at),
    faults: faultsText(markers, at),
  };
}

function trafficText(s: readonly MinuteSample[], at: At): string {
  if (s.length === 0) return 'No minute of traffic was recorded.';
  const mean = s.reduce((a, m) => a + m.demandRps, 0) / s.length;
  const peak = s[argBest(s, (m) => m.demandRps, true)]!;
  const low = s[argBest(s, (m) => m.capacityRps, false)]!;
  const short = s.filter((m) => m.capacityRps + 0.5 < m.demandRps).length;
  const worst = s[argBest(s, (m) => m.servedRps - m.demandRps, false)]!;
  const parts = [
    `Demand averaged ${rps(mean)} and peaked at ${rps(peak.demandRps)} at ${at(peak.t)}.`,
    `Capacity was lowest at ${rps(low.capacityRps)} at ${at(low.t)}${short > 0 ? `, and below demand in ${minutes(short)}` : ', never below demand'}.`,
    worst.demandRps - worst.servedRps > Math.max(1, worst.demandRps * 0.01)
      ? `Served fell furthest behind at ${at(worst.t)}: ${rps(worst.servedRps)} of ${rps(worst.demandRps)}.`
      : 'Served kept up with demand throughout.',
  ];
  return parts.join(' ');
}

function failuresText(s: readonly MinuteSample[], at: At): string {
  const bad = s.filter((m) => m.bad);
  const peak = s.length > 0 ? s[argBest(s, (m) => m.failedRps, true)]! : null;
  if (!peak || (peak.failedRps < 0.5 && bad.length === 0)) return 'No failed requests, and no bad minutes.';
  const when =
    bad.length === 0
      ? 'no bad minutes: failures stayed under the threshold'
      : bad.length <= 4
        ? `${minutes(bad.length)} bad (${bad.map((m) => at(m.t)).join(', ')})`
        : `${minutes(bad.length)} bad, from ${at(bad[0]!.t)} to ${at(bad.at(-1)!.t + 60)}`;
  return `Failed requests peaked at ${rps(peak.failedRps)} at ${at(peak.t)}; ${when}.`;
}

function latencyText(s: readonly MinuteSample[], sloMs: number, at: At): string {
  if (s.length === 0) return 'No latency was recorded.';
  const peak = s[argBest(s, (m) => m.latencyMs, true)]!;
  const sorted = s.map((m) => m.latencyMs).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const over = s.filter((m) => m.latencyMs > sloMs).length;
  return `Latency peaked at ${Math.round(peak.latencyMs)} ms at ${at(peak.t)}, against a ${sloMs} ms SLO; typically ${Math.round(median)} ms. ${over > 0 ? `${minutes(over)} averaged over the SLO.` : 'No minute averaged over the SLO.'}`;
}

function uptimeText(s: readonly MinuteSample[], slaPct: number, at: At): string {
  if (s.length === 0) return `No minute was measured; the SLA target is ${slaPct} %.`;
  const last = s.at(-1)!;
  const low = s[argBest(s, (m) => m.uptimePct, false)]!;
  const met = last.uptimePct >= slaPct;
  const lowest = low.uptimePct < last.uptimePct - 0.005 ? ` It was lowest at ${low.uptimePct.toFixed(2)} % at ${at(low.t + 60)}.` : '';
  return `Uptime ended at ${last.uptimePct.toFixed(2)} % against the ${slaPct} % SLA target: ${met ? 'met' : 'missed'}.${lowest}`;
}

function costText(s: readonly MinuteSample[], t: ChartTargets, at: At): string {
  const total = s.at(-1)?.costUsd ?? 0;
  const b = t.budgetUsd;
  const crossed = b === undefined ? undefined : s.find((m) => m.costUsd > b);
  const hours = t.durationSeconds / 3600;
  return [
    b === undefined ? `Cost reached ${formatUsd(total)}; no budget was set.` : `Cost reached ${formatUsd(total)} against a ${formatUsd(b)} budget: ${total <= b ? 'within it' : `over by ${formatUsd(total - b)}`}.`,
    crossed ? `It passed the budget at ${at(crossed.t + 60)}.` : null,
    t.parCostUsd !== undefined ? `Par is ${formatUsd(t.parCostUsd)}.` : null,
    hours > 0 ? `About ${formatUsd(total / hours)} an hour.` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(' ');
}

function faultsText(markers: readonly FaultMarker[], at: At): string {
  if (markers.length === 0) return 'No faults happened in this run.';
  const span = (m: FaultMarker) => (m.endTick > m.startTick ? `from ${at(m.startTick)} to ${at(m.endTick)}` : `at ${at(m.startTick)}`);
  if (markers.length <= 6) return `Fault markers: ${markers.map((m) => `${m.description} ${span(m)}`).join('; ')}.`;
  // Many faults (spot churn): one phrase per kind, in order of first appearance.
  const byKind = new Map<string, FaultMarker[]>();
  for (const m of markers) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  const parts = [...byKind.values()].map((ms) => {
    const first = ms[0]!;
    if (ms.length === 1) return `${first.description} ${span(first)}`;
    const last = ms.at(-1)!;
    return `${ms.length} × ${faultName(first.kind)}, ${at(first.startTick)} to ${at(Math.max(last.startTick, last.endTick))}`;
  });
  return `Fault markers (${markers.length}): ${parts.join('; ')}.`;
}
