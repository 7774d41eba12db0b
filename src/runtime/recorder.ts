import { type SimEvent, totalMicros, type World } from '../sim';
import { createRunRate, exactMicros, type RunRate } from './runRate';

/** One simulated minute, as CloudWatch would graph it. */
export interface MinuteSample {
  /** Start of the minute, simulated seconds. */
  t: number;
  demandRps: number;
  servedRps: number;
  failedRps: number;
  capacityRps: number;
  latencyMs: number;
  /** Uptime so far, percent. */
  uptimePct: number;
  costUsd: number;
  bad: boolean;
}

export interface Recorder {
  readonly minutes: MinuteSample[];
  /** Every event of the run, oldest first, up to RECORDER_MAX_EVENTS. */
  readonly events: SimEvent[];
  /** Events after the cap, counted but not kept. */
  readonly eventsDropped: () => number;
  /** The last tick whose events are all kept (the run's last tick while nothing was dropped). */
  readonly eventsKeptThroughTick: () => number;
  /** Smoothed (exponential, ~30 s) live figures for the HUD: readable between "fine" and "dead". */
  readonly smooth: { demandRps: number; servedRps: number; failedRps: number; latencyMs: number; capacityRps: number };
  /**
   * What the estate could serve on the last tick that had requests, req/s. A tick without requests
   * (a quiet night rounds demand to 0) measures no capacity, so it keeps the last measured figure
   * rather than reading as "no serving capacity". Null before any tick has had requests.
   */
  readonly capacityNowRps: () => number | null;
  /** What the estate costs per month at the last minute's rate (the HUD's run rate). */
  readonly runRate: Pick<RunRate, 'usdPerMonth'>;
  afterStep(world: World, events: readonly SimEvent[]): void;
  record(events: readonly SimEvent[]): void;
}

/**
 * Events kept for the debrief's timeline (about 2 MB). A run past it (a level that terminates
 * instances every few seconds) keeps the first ones: re-simulating the run to get them all froze
 * the page for as long as the run took to simulate, and held every event in memory at once.
 */
export const RECORDER_MAX_EVENTS = 20_000;
const SMOOTHING = 1 / 30;

export function createRecorder(world: World): Recorder {
  const minutes: MinuteSample[] = [];
  const events: SimEvent[] = [];
  const smooth = { demandRps: 0, servedRps: 0, failedRps: 0, latencyMs: 0, capacityRps: 0 };
  let acc = { demand: 0, served: 0, failed: 0, capacity: 0, latency: 0, n: 0 };
  const runRate = createRunRate();
  let capacityNow: number | null = null;
  runRate.push(exactMicros(world.ledger));
  let dropped = 0;
  let keptThrough = 0;
  const record = (batch: readonly SimEvent[]): void => {
    for (const e of batch) {
      if (events.length < RECORDER_MAX_EVENTS) events.push(e);
      else {
        if (dropped === 0) keptThrough = e.tick - 1;
        dropped += 1;
      }
    }
  };
  return {
    minutes,
    events,
    smooth,
    runRate,
    capacityNowRps: () => capacityNow,
    eventsDropped: () => dropped,
    eventsKeptThroughTick: () => (dropped === 0 ? world.tick : keptThrough),
    record,
    afterStep(w, batch) {
      record(batch);
      runRate.push(exactMicros(w.ledger));
      const m = w.metrics;
      if (m.lastDemandRps > 0) capacityNow = m.capacityRps;
      acc.demand += m.lastDemandRps;
      acc.served += m.lastServedRps;
      acc.failed += m.lastFailedRps;
      acc.capacity += m.capacityRps;
      acc.latency += m.lastLatencyMs;
      acc.n += 1;
      smooth.demandRps += (m.lastDemandRps - smooth.demandRps) * SMOOTHING;
      smooth.servedRps += (m.lastServedRps - smooth.servedRps) * SMOOTHING;
      smooth.failedRps += (m.lastFailedRps - smooth.failedRps) * SMOOTHING;
      smooth.latencyMs += (m.lastLatencyMs - smooth.latencyMs) * SMOOTHING;
      smooth.capacityRps += (m.capacityRps - smooth.capacityRps) * SMOOTHING;
      // The sim closes a one-minute window at the end of tick 59, 119, …; w.tick is already past it.
      if (w.tick % 60 !== 0) return;
      const n = acc.n || 1;
      minutes.push({
        t: w.tick - 60,
        demandRps: acc.demand / n,
        servedRps: acc.served / n,
        failedRps: acc.failed / n,
        capacityRps: acc.capacity / n,
        latencyMs: acc.latency / n,
        uptimePct: m.windows > 0 ? (m.goodWindows * 100) / m.windows : 100,
        costUsd: totalMicros(w.ledger) / 1_000_000,
        bad: batch.some((e) => e.type === 'sla.minuteBad'),
      });
      acc = { demand: 0, served: 0, failed: 0, capacity: 0, latency: 0, n: 0 };
    },
  };
}
