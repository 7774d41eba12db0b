import { initialVersions } from './changeVersions';
import { createLedger } from './ledger';
import { createMetrics } from './metrics';
import { FAILURE_CAUSES, LEDGER_CATEGORIES } from '../names';
import { SERVICE_KINDS, type ServiceState } from '../services/registry';
import type { EventSink } from './events';
import { seedToState } from './rng';
import type { ScenarioSpec } from './scenario';
import type { EngineState, World } from './world';
import { emptyFlows } from '../traffic/flows';
import { createTopology } from '../traffic/topology';

/**
 * Builds the World at tick 0 from a Scenario. The seed is required; 0 is a valid seed. Every kind
 * adds its slice, then builds its part of the starting estate in registry order, then settles.
 */
export function createWorld(scenario: ScenarioSpec, seed: number): World {
  const engine: EngineState = {
    scenario,
    seed,
    tick: 0,
    rng: seedToState(seed),
    nextSeq: 0,
    durationTicks: scenario.durationSeconds,
    faults: [],
    trafficSpikePct: 100,
    livenessVersion: 0,
    ledger: createLedger(LEDGER_CATEGORIES),
    metrics: createMetrics(FAILURE_CAUSES),
    topology: createTopology(scenario.topology),
    topologyVersion: 0,
    flows: emptyFlows(),
    versions: initialVersions(),
  };
  const slices = Object.assign({}, ...SERVICE_KINDS.map((k) => k.initial(scenario))) as ServiceState;
  const world: World = { ...engine, ...slices };
  // The starting estate's own events (launches, registrations) are not part of the run's log.
  const events: EventSink = [];
  for (const kind of SERVICE_KINDS) kind.build?.(world, events);
  for (const kind of SERVICE_KINDS) kind.settle?.(world);
  return world;
}
