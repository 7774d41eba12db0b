import { derivedSlot } from '../core/derived';
import type { World } from '../core/world';

export interface TrafficParams {
  serviceMs: number;
  latencySloMs: number;
  writePct: number;
  sessionPct: number;
  bytesPerRequest: number;
}

/** Level defaults: 20 ms per request at zero load, a 500 ms latency SLO, 10 % writes, 50 % need a session, 20 kB per request. */
export const TRAFFIC_DEFAULTS: TrafficParams = { serviceMs: 20, latencySloMs: 500, writePct: 10, sessionPct: 50, bytesPerRequest: 20_000 };

const slot = derivedSlot('traffic.params', () => ({ value: null as TrafficParams | null }));

/** The level's traffic parameters with defaults filled in (a Scenario never changes during a run). */
export function trafficParams(world: World): TrafficParams {
  const s = slot(world);
  return (s.value ??= { ...TRAFFIC_DEFAULTS, ...world.scenario.traffic });
}
