import type { ServiceState } from '../services/registry';
import type { Ledger } from './ledger';
import type { Metrics } from './metrics';
import type { TrafficFlows } from '../traffic/flows';
import type { Topology } from '../traffic/topology';
import type { ScenarioSpec } from './scenario';

/**
 * The whole state of a run: plain data (JSON-serialisable, hashable, clonable with structuredClone).
 * The engine's own part is here; each service kind adds its slice (services/<kind>/state.ts, gathered
 * in services/registry.ts). Entity arrays are kept in id-creation order; systems iterate them in that
 * order, so ties break the same way in every engine.
 */
export interface World extends EngineState, ServiceState {}

export interface EngineState {
  scenario: ScenarioSpec;
  seed: number;
  /** Ticks elapsed; one tick is one simulated second. */
  tick: number;
  /** PRNG state (see rng.ts). */
  rng: number;
  /** Sequence for generated ids (i-0001, db-r-0002 …). */
  nextSeq: number;
  /** Seconds the whole run lasts. */
  durationTicks: number;
  faults: ActiveFault[];
  /** Demand multiplier from traffic-spike faults, percent (100 = none). */
  trafficSpikePct: number;
  /**
   * Bumped whenever something may start or stop serving: an instance changes state or its app comes
   * up, a zone or Region goes down or comes back. The router's in-service cache keys on it.
   */
  livenessVersion: number;
  ledger: Ledger;
  metrics: Metrics;
  /** Which component calls which beyond the front door (grows when a load balancer is built mid-run). */
  topology: Topology;
  /** Bumped whenever the topology changes (the router's plans key on it). */
  topologyVersion: number;
  /** What the last tick's traffic did, edge by edge: the read model the board draws from. */
  flows: TrafficFlows;
  /** Per-kind change versions (core/changeVersions.ts): clients redraw a kind's rows when its version moves. */
  versions: Record<string, number>;
}

export interface ActiveFault {
  id: string;
  kind: string;
  targetId: string;
  startTick: number;
  endTick: number;
  /** Instances this fault stopped, restarted when it ends (FIS startInstancesAfterDuration). */
  affected: string[];
  /** For a traffic spike: its demand multiplier, percent. */
  value: number;
}
