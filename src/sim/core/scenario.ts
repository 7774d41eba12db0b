import type { FaultKind } from '../faults/registry';
import type { EstateSpec } from '../services/registry';
import type { TopologySpec } from '../traffic/topology';

export type { EstateSpec, FaultKind, TopologySpec };

/**
 * A Scenario: a level file that has been parsed and checked. Times are in seconds (= ticks).
 * src/levels turns untrusted JSON into this; the simulation trusts it. The estate is the kinds'
 * own (each kind's spec.ts describes its part); the rest is the engine's.
 */
export interface ScenarioSpec {
  formatVersion: 2;
  id: string;
  title: string;
  durationSeconds: number;
  regions: RegionSpec[];
  estate: EstateSpec;
  /** What the front components call (absent: nothing beyond them). */
  topology?: TopologySpec;
  traffic: TrafficSpec;
  faults: FaultsSpec;
  objectives: ObjectivesSpec;
  /** Command types the player may use (empty or absent: all). */
  allowedCommands?: string[];
  /** Instance types the player may launch (absent: all). */
  allowedInstanceTypes?: string[];
  /** Simulated seconds per real second at 1× speed. */
  speed?: number;
  /**
   * The time of day on the level's clock when it starts (absent: the clock counts elapsed time
   * from 00:00:00). Presentation only: the simulation never reads it, and ticks still count from 0.
   */
  clock?: ClockSpec;
  /** One line on the level select: the idea this level teaches. */
  teaches?: string;
  briefing?: string;
  debrief?: string;
  par?: { uptimePct?: number; costUsd?: number };
  /** The strategy gauntlet (src/levels/gauntlet): shortcuts this level lets win, by name. Presentation and proof only. */
  gauntlet?: { mayWin?: string[] };
}

/** Days of the week, as a level file writes them (the first day of a level's clock). */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ClockSpec {
  /** "HH:MM", 24-hour: the time of day at tick 0. */
  startsAt: string;
  /** The day of the week at tick 0 (absent: days are numbered, "Day 2"). */
  weekday?: Weekday;
}

export interface RegionSpec {
  id: string;
  zones: string[];
}

export type DemandCurve =
  | { kind: 'steady'; rps: number }
  | { kind: 'ramp'; fromRps: number; toRps: number; startSeconds: number; endSeconds: number }
  | { kind: 'dailyWave'; baseRps: number; peakRps: number; peakHour: number }
  | { kind: 'spike'; atSeconds: number; durationSeconds: number; extraRps: number };

export interface TrafficSpec {
  /** Summed; demand is never negative. */
  curves: DemandCurve[];
  /** Seeded noise, ± percent of demand each tick. */
  noisePct?: number;
  /** Share of requests that write to the database, percent. */
  writePct?: number;
  /** Share of requests that need the user's session, percent. */
  sessionPct?: number;
  bytesPerRequest?: number;
  /** Mean service time of one request at zero load (M/M/1), and the latency SLO. */
  serviceMs?: number;
  latencySloMs?: number;
}

export interface ScheduledFaultSpec {
  /** When it starts; a level gives this or `between`, never both. */
  atSeconds?: number;
  /** A window it starts in, [from, to] seconds, drawn from the seed (src/sim/faults/faultPlan.ts). */
  between?: number[];
  kind: FaultKind;
  /**
   * An instance, zone, region or database id, or `busiest` / `random` (chosen when it starts:
   * src/sim/faults/chooseTarget.ts); none for traffic.spike, which says how big in `spikePct`.
   */
  target?: string;
  durationSeconds?: number;
  spikePct?: number;
}

export interface RandomFaultSpec {
  kind: FaultKind;
  /** Expected occurrences per target per hour. */
  perHour: number;
  durationSeconds?: number;
  /** Only targets whose id starts with this. */
  targetPrefix?: string;
}

export interface FaultsSpec {
  scheduled?: ScheduledFaultSpec[];
  random?: RandomFaultSpec[];
}

export interface ObjectivesSpec {
  /** SLA target: percent of good one-minute windows. */
  slaPct: number;
  /** A window is bad when more than this percent of its requests failed or were too slow. */
  badMinuteFailedPct?: number;
  budgetUsd?: number;
  /** Data loss allowed, seconds of writes. */
  rpoSeconds?: number;
  /** Longest interruption allowed, seconds. */
  rtoSeconds?: number;
}
