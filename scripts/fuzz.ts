/**
 * The fuzz suite: `npm run fuzz -- --runs N [--seed S] [--surface name]`. Feeds N generated inputs
 * to each input surface (tests/fuzz/surfaces) and prints, per surface, the inputs tried, crashes,
 * hangs, accepted inputs that then broke the simulation and schema/parser disagreements, with the
 * first examples (shrunk by fast-check; long ones are written to fuzz-out/). Exits 1 if any.
 * See docs/fuzzing.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from './cliArgs';
import { failed, HANG_MS, runSurface, type Example, type SurfaceReport } from '../tests/fuzz/runSurface';
import { SURFACES } from '../tests/fuzz/surfaces';

const OUT_DIR = 'fuzz-out';
/** Examples longer than this go to a file; the console shows where. */
const INLINE_CHARS = 400;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['runs', 'seed', 'surface']);
  if (typeof args === 'string') return usage(args);
  const runs = Number(args.flags.get('runs') ?? 200);
  const seed = Number(args.flags.get('seed') ?? Date.now() % 0x7fffffff);
  const only = args.flags.get('surface');
  if (!Number.isSafeInteger(runs) || runs < 1) return usage('--runs takes a whole number of inputs per surface');
  if (!Number.isSafeInteger(seed)) return usage('--seed takes a whole number');
  const surfaces = only === undefined ? SURFACES : SURFACES.filter((s) => s.name === only);
  if (surfaces.length === 0) return usage(`no surface "${only}" (surfaces: ${SURFACES.map((s) => s.name).join(', ')})`);

  console.log(`fuzz: ${runs} inputs per surface, seed ${seed} (repeat with --seed ${seed}); a hang is one input over ${HANG_MS} ms`);
  const reports: SurfaceReport[] = [];
  for (const surface of surfaces) {
    const report = await runSurface(surface, { runs, seed, shrink: true });
    reports.push(report);
    print(report, seed);
  }
  const bad = reports.filter(failed);
  console.log(`\n${reports.length} surfaces, ${reports.reduce((n, r) => n + r.tried, 0)} inputs in ${seconds(reports.reduce((n, r) => n + r.totalMs, 0))}: ${bad.length === 0 ? 'no crash, hang, broken run or disagreement' : `problems in ${bad.map((r) => r.surface).join(', ')}`}`);
  return bad.length === 0 ? 0 : 1;
}

function print(r: SurfaceReport, seed: number): void {
  console.log(`\n${r.surface} — ${r.reads}`);
  console.log(`  ${r.tried} inputs (${r.accepted} accepted) in ${seconds(r.totalMs)}, slowest ${Math.round(r.slowestMs)} ms: ${r.crashes} crashes, ${r.hangs} hangs${r.slowOnce > 0 ? ` (${r.slowOnce} more over ${HANG_MS} ms once but not when timed again)` : ''}, ${r.broke} accepted-then-broke, ${r.disagreements} disagreements`);
  for (const [kind, examples] of Object.entries(r.examples)) {
    examples.forEach((ex, i) => console.log(`  ${kind} ${i + 1}: ${ex.what.split('\n')[0]}\n${shown(ex, `${r.surface}-${seed}-${kind}-${i + 1}`)}`));
  }
}

function shown(ex: Example, name: string): string {
  const parts = [['input', ex.input], ...(ex.shrunk === undefined ? [] : [['shrunk', ex.shrunk]])] as const;
  return parts
    .map(([label, text]) => {
      if (text.length <= INLINE_CHARS) return `    ${label}: ${text}`;
      mkdirSync(OUT_DIR, { recursive: true });
      const file = `${OUT_DIR}/${name}-${label}.txt`;
      writeFileSync(file, `${ex.what}\n\n${text}\n`);
      return `    ${label}: ${text.length} characters, in ${file}`;
    })
    .join('\n');
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function usage(problem: string): number {
  console.error(`${problem}\nusage: npm run fuzz -- [--runs N] [--seed S] [--surface ${SURFACES.map((s) => s.name).join('|')}]`);
  return 2;
}

process.exitCode = await main();
