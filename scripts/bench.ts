/**
 * `npm run bench`: one JSON line per case. Simulation cases run a simulated day at 1 s ticks with
 * 30, 300 and 3,000 instances across 3 AZs in 2 Regions with faults firing, each beside the reference
 * kernel (scripts/bench/referenceKernel.ts: the least per-instance work a day of that estate needs)
 * timed in the same run; `ratio` is simulation ÷ kernel. Each pair runs REPS times, alternating;
 * medians are reported with every run's figure, because these shared machines are noisy.
 * `verify-class-40` times the teacher's check of forty result codes the same way (docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { parseLevelText } from '../src/levels/parseLevel';
import { simulate } from '../src/sim';
import { benchVerifyClass } from './bench/benchVerifyClass';
import { referenceKernel } from './bench/referenceKernel';
import { benchScenario } from './benchScenario';

const cases = process.argv.includes('--quick') ? [30, 300] : [30, 300, 3000];

const REPS = Number(process.env.BENCH_REPS ?? 3);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const instances of cases) {
  const scenario = benchScenario(instances);
  const simRuns: number[] = [];
  const kernelRuns: number[] = [];
  let sim: ReturnType<typeof simulate> | null = null;
  // Warm the JIT on both before timing (a short day each).
  referenceKernel(benchScenario(instances, 600), instances, 1);
  simulate(benchScenario(instances, 600), { seed: 1 });
  for (let rep = 0; rep < REPS; rep++) {
    globalThis.gc?.();
    let start = performance.now();
    referenceKernel(scenario, instances, 1);
    kernelRuns.push(performance.now() - start);
    globalThis.gc?.();
    start = performance.now();
    sim = simulate(scenario, { seed: 1 });
    simRuns.push(performance.now() - start);
  }
  const ratios = simRuns.map((s, i) => s / kernelRuns[i]!);
  const heapMB = process.memoryUsage().heapUsed / 1_048_576;
  const round = (v: number, places = 0) => Math.round(v * 10 ** places) / 10 ** places;
  console.log(
    JSON.stringify({
      case: `sim-24h-${instances}`,
      instances,
      simSeconds: sim!.world.tick,
      wallMs: round(median(simRuns)),
      kernelMs: round(median(kernelRuns)),
      ratio: round(median(ratios), 2),
      ratioRange: [round(Math.min(...ratios), 2), round(Math.max(...ratios), 2)],
      simRuns: simRuns.map((v) => round(v)),
      kernelRuns: kernelRuns.map((v) => round(v)),
      simSecondsPerWallSecond: Math.round(sim!.world.tick / (median(simRuns) / 1000)),
      heapMB: round(heapMB, 1),
      uptimePct: sim!.score.uptimePct,
      events: sim!.eventCount,
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

await benchVerifyClass(REPS);
