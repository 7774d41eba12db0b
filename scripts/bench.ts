/**
 * `npm run bench`: one JSON line per case. Simulation cases run a simulated day at 1 s ticks with
 * 30, 300 and 3,000 instances across 3 AZs in 2 Regions with faults firing.
 */
import { simulate } from '../src/sim/replay';
import { benchScenario } from './benchScenario';

const cases = process.argv.includes('--quick') ? [30, 300] : [30, 300, 3000];

for (const instances of cases) {
  const scenario = benchScenario(instances);
  globalThis.gc?.();
  const start = performance.now();
  const sim = simulate(scenario, { seed: 1 });
  const wallMs = performance.now() - start;
  const heapMB = process.memoryUsage().heapUsed / 1_048_576;
  console.log(
    JSON.stringify({
      case: `sim-24h-${instances}`,
      instances,
      simSeconds: sim.world.tick,
      wallMs: Math.round(wallMs),
      simSecondsPerWallSecond: Math.round(sim.world.tick / (wallMs / 1000)),
      heapMB: Math.round(heapMB * 10) / 10,
      uptimePct: sim.score.uptimePct,
      events: sim.eventCount,
    }),
  );
}
