/**
 * `npm run levels:gauntlet [-- --seeds N] [level-id …]`: the strategy gauntlet (issue 10) over the
 * campaign. For every level, its reference and every shortcut a player might try (src/levels/gauntlet)
 * run on seeds 1–N (20 by default); prints a table per level — strategy, stars per seed, ★★★ count,
 * median uptime and cost — and exits 1 when a shortcut wins ★★★ on more than one seed or the
 * reference on fewer than 18 of 20.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadLevel, type LoadedLevel } from '../src/levels/levelFiles';
import { runGauntlet, type GauntletRow } from '../src/levels/gauntlet/runGauntlet';
import type { ScriptedCommand } from '../src/sim';

const args = process.argv.slice(2);
const seedsAt = args.indexOf('--seeds');
const seedCount = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 20;
const only = args.filter((a, i) => !a.startsWith('--') && (seedsAt < 0 || i !== seedsAt + 1));
const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);

const dir = 'levels/campaign';
const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);
const levels: LoadedLevel[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => loadLevel(`${dir}/${f}`, 'levels', read));
const references = new Map<string, readonly ScriptedCommand[]>(levels.filter((l) => l.scenario && l.win).map((l) => [l.scenario!.id, l.win!]));

let failed = 0;
const started = performance.now();
for (const l of levels) {
  const sc = l.scenario;
  if (!sc || !l.win) continue;
  if (only.length > 0 && !only.includes(sc.id)) continue;
  const others = new Map([...references].filter(([id]) => id !== sc.id));
  const t0 = performance.now();
  const r = runGauntlet(sc, l.win, others, seeds, sc.gauntlet?.mayWin ?? []);
  console.log(`\n${sc.id} — ${seeds.length} seeds, ${r.strategies.length + 1} strategies, ${((performance.now() - t0) / 1000).toFixed(1)} s; the reference's worst over the seeds: ${r.par.uptimePct} % uptime, $${r.par.costUsd.toFixed(2)} (level par: ${sc.par ? `${sc.par.uptimePct} %, $${sc.par.costUsd?.toFixed(2)}` : 'none'})`);
  for (const row of [r.reference, ...r.strategies]) console.log(line(row));
  for (const f of r.failures) console.log(`  ✗ ${f}`);
  if (r.failures.length > 0) failed += 1;
}
console.log(`\n${failed === 0 ? 'every level holds' : `${failed} level(s) can be won without their lesson`} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = failed === 0 ? 0 : 1;

function line(row: GauntletRow): string {
  const stars = row.stars.map((n) => String(n)).join('');
  const flag = row.name === 'reference' ? ' ' : row.threeStars > 1 ? (row.allowed ? '~' : '✗') : ' ';
  return `  ${flag} ${row.name.padEnd(26)} ${stars}  ★★★ ${String(row.threeStars).padStart(2)}  up ${row.medianUptimePct.toFixed(2).padStart(6)} %  $${row.medianCostUsd.toFixed(2).padStart(8)}`;
}
