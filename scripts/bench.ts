/**
 * `npm run bench`: one JSON line per case. Simulation cases run a simulated day at 1 s ticks with
 * 30, 300 and 3,000 instances across 3 AZs in 2 Regions with faults firing.
 */
import { readFileSync } from 'node:fs';
import { parseLevelText } from '../src/levels/parseLevel';
import { simulate } from '../src/sim';
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

/** How quickly hostile level files are refused (issue: "rejected quickly with a clear error"). */
const sandboxText = readFileSync(new URL('../levels/sandbox.json', import.meta.url), 'utf8');
const hostile: [string, string][] = [
  ['valid-sandbox', sandboxText],
  ['20MB-file', `"${'a'.repeat(20 * 1024 * 1024 - 2)}"`],
  ['100k-deep-arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['100k-deep-objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ['megabyte-string', sandboxText.replace('"Sandbox', `"${'x'.repeat(900_000)}`)],
  ['1e309', sandboxText.replace('"durationSeconds": 7200', '"durationSeconds": 1e309')],
];
for (const [name, text] of hostile) {
  const start = performance.now();
  const result = parseLevelText(text, 'bench.json');
  const wallMs = performance.now() - start;
  console.log(JSON.stringify({ case: `parse-hostile-${name}`, wallMs: Math.round(wallMs * 10) / 10, accepted: result.ok, problems: result.ok ? 0 : result.problems.length }));
}
