import { curveAt, nextFloat, seedToState, type ScenarioSpec } from '../../src/sim';

/**
 * The reference the simulation is measured against (`npm run bench`): the least per-instance work a
 * day of this estate needs, as one flat loop over typed arrays — each second, the demand (the level's
 * curves and seeded noise), then for every instance its share of the requests, its utilisation, its
 * latency, and its bill. No lifecycles, health checks, faults or routing: what a simulation that
 * touched every instance every tick could not do less than.
 */
export interface KernelResult {
  servedTotal: number;
  latencyWeighted: number;
  billMicros: number;
}

export function referenceKernel(scenario: ScenarioSpec, instances: number, seed: number): KernelResult {
  const capacity = new Float64Array(instances).fill(100);
  const priceMicrosPerHour = new Int32Array(instances).fill(96_000);
  let totalCap = 0;
  for (let i = 0; i < instances; i++) totalCap += capacity[i]!;
  const rng = { rng: seedToState(seed) };
  const noisePct = scenario.traffic.noisePct ?? 0;
  const serviceMs = scenario.traffic.serviceMs ?? 20;
  let servedTotal = 0;
  let latencyWeighted = 0;
  let billMicros = 0;
  for (let t = 0; t < scenario.durationSeconds; t++) {
    let demand = 0;
    for (const c of scenario.traffic.curves) demand += curveAt(c, t);
    demand *= 1 + ((nextFloat(rng) * 2 - 1) * noisePct) / 100;
    for (let i = 0; i < instances; i++) {
      const cap = capacity[i]!;
      const share = (demand * cap) / totalCap;
      const rho = share / cap;
      const served = share < cap ? share : cap;
      servedTotal += served;
      latencyWeighted += served * (serviceMs / (1 - (rho < 0.95 ? rho : 0.95)));
      billMicros += priceMicrosPerHour[i]!;
    }
  }
  return { servedTotal, latencyWeighted, billMicros: billMicros / 3600 };
}
