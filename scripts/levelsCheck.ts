/**
 * `npm run levels:check [level.json …]`
 * Validates and proves levels: each parses, its reference solution (levels/solutions/<id>.win.json)
 * wins with ★★★ and meets par on seeds 1–5, and its without-the-lesson script (<id>.lose.json) loses
 * on all of them; a level with neither is free play and only has to run. With no files it checks
 * levels/*.json and levels/campaign/*.json, and the campaign as a set. Prints a table with the
 * measured par, then every problem and warning (a warning, such as a command's code name in a briefing,
 * does not fail the check); exit code 1 when anything failed, 2 for a usage error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  checkCampaignSet,
  duplicateIds,
  loadLevel,
  PROOF_SEEDS,
  SCHEMA_FILE_NAME,
  solutionFiles,
  strayScripts,
  type LoadedLevel,
} from '../src/levels/levelFiles';
import { proveLevel, type LevelProof } from '../src/levels/proveLevel';
import { underFile } from '../src/levels/problems';
import { LEVEL_LIMITS } from '../src/shared/levelLimits';
import { textIdentifierWarnings } from '../src/levels/textIdentifiers';
import { parseArgs } from './cliArgs';

const USAGE = 'usage: npm run levels:check [-- <level.json> …]   (no files: every level in levels/ and levels/campaign/)';
const MAX_LEVEL_BYTES = LEVEL_LIMITS.fileBytes;
const MAX_SCRIPT_BYTES = 2 * 1024 * 1024;

interface Checked {
  file: string;
  campaign: boolean;
  loaded: LoadedLevel;
  proof?: LevelProof;
  /** Problems found here, beyond the parser's and the proof's (a campaign level without scripts). */
  problems: string[];
  /** Worth fixing, but the level still plays: code names in the text players read. */
  warnings: string[];
  ms: number;
}

/** A file's text; undefined when it does not exist. Oversized files are refused before reading. */
function readText(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const limit = path.endsWith('.win.json') || path.endsWith('.lose.json') ? MAX_SCRIPT_BYTES : MAX_LEVEL_BYTES;
  const size = statSync(path).size;
  if (size > limit) throw new Error(`${path}: the file is ${(size / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB`);
  return readFileSync(path, 'utf8');
}

/** levels/campaign/01-x.json and levels/x.json both keep their solutions in levels/solutions. */
function levelsDirOf(file: string): { levelsDir: string; campaign: boolean } {
  const dir = dirname(file);
  const campaign = basename(dir) === 'campaign';
  return { levelsDir: campaign ? dirname(dir) : dir, campaign };
}

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE_NAME)
    .sort()
    .map((name) => join(dir, name));
}

function checkLevel(file: string): Checked {
  const start = performance.now();
  const { levelsDir, campaign } = levelsDirOf(file);
  const checked: Checked = { file, campaign, loaded: { file, problems: [] }, problems: [], warnings: [], ms: 0 };
  try {
    checked.loaded = loadLevel(file, levelsDir, readText);
    const { scenario, win, lose } = checked.loaded;
    if (scenario && checked.loaded.problems.length === 0) {
      checked.warnings.push(...textIdentifierWarnings(scenario));
      const paths = solutionFiles(levelsDir, scenario.id);
      if (campaign && win === undefined && lose === undefined) {
        checked.problems.push(`a campaign level needs a reference solution (${paths.win}) and a without-the-lesson script (${paths.lose})`);
      }
      checked.proof = proveLevel(scenario, { ...(win && { win }), ...(lose && { lose }), seeds: PROOF_SEEDS });
    }
  } catch (e) {
    checked.problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  checked.ms = performance.now() - start;
  return checked;
}

const failed = (c: Checked): boolean => c.loaded.problems.length + c.problems.length + (c.proof?.failures.length ?? 0) > 0;

function row(c: Checked): string[] {
  const s = c.loaded.scenario;
  const p = c.proof;
  const stars = (n: number) => '★'.repeat(n) + '☆'.repeat(3 - n);
  const winStars = !p ? '—' : p.kind === 'freePlay' ? 'free play' : p.win.length === 0 ? '—' : stars(Math.min(...p.win.map((r) => r.stars)));
  const lost = p ? p.lose.filter((r) => r.outcome === 'lost').length : 0;
  const lose = !p || p.lose.length === 0 ? '—' : lost === p.lose.length ? `lost ${lost}/${p.seeds.length}` : `WON ${p.lose.length - lost}/${p.seeds.length}`;
  const measured = p?.measuredPar ?? (p?.freePlay && { uptimePct: p.freePlay.uptimePct, costUsd: p.freePlay.costUsd });
  return [
    s?.id ?? c.loaded.id ?? basename(c.file),
    truncate(s?.title ?? '', 40),
    winStars,
    lose,
    s?.par?.uptimePct !== undefined ? String(s.par.uptimePct) : '—',
    s?.par?.costUsd !== undefined ? s.par.costUsd.toFixed(2) : '—',
    measured ? String(measured.uptimePct) : '—',
    measured ? measured.costUsd.toFixed(4) : '—',
    `${Math.round(c.ms)} ms`,
    failed(c) ? 'FAILED' : 'ok',
  ];
}

/** When the level's par is not what its reference solution measures: the line to put in the level. */
function parLine(c: Checked): string | undefined {
  const suggested = c.proof?.suggestedPar;
  const par = c.loaded.scenario?.par;
  if (!suggested || (par?.uptimePct === suggested.uptimePct && par.costUsd === suggested.costUsd)) return undefined;
  return `measured par, if the reference solution is right: "par": { "uptimePct": ${suggested.uptimePct}, "costUsd": ${suggested.costUsd.toFixed(2)} }`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Plain-text columns; numbers are right-aligned. */
function table(header: string[], rows: string[][]): string {
  const right = new Set([4, 5, 6, 7, 8]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (right.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv, []);
  if (typeof args === 'string') {
    process.stderr.write(`levels:check takes no options, only level files (${argv.find((a) => a.startsWith('--'))})\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const everything = args.positional.length === 0;
  // npm runs scripts from the package root; the levels checked are the ones there.
  const levelsDir = 'levels';
  if (everything && !existsSync(levelsDir)) {
    process.stderr.write(`no levels/ folder in ${process.cwd()}: run this from the repository root\n${USAGE}\n`);
    return 2;
  }
  const files = everything ? [...jsonFiles(levelsDir), ...jsonFiles(join(levelsDir, 'campaign'))] : args.positional;

  const checked = files.map(checkLevel);

  const setProblems = duplicateIds(checked.flatMap((c) => (c.loaded.id === undefined ? [] : [{ file: c.file, id: c.loaded.id }])));
  if (everything) {
    const campaign = checked.filter((c) => c.campaign).map((c) => ({ name: basename(c.file), id: c.loaded.id ?? '?' }));
    setProblems.push(...checkCampaignSet(campaign).map((p) => `${levelsDir}/${p}`));
    const solutionsDir = join(levelsDir, 'solutions');
    const names = existsSync(solutionsDir) ? readdirSync(solutionsDir).filter((n) => !n.startsWith('.')).sort() : [];
    const ids = new Set(checked.flatMap((c) => (c.loaded.id === undefined ? [] : [c.loaded.id])));
    setProblems.push(...strayScripts(names, ids).map((p) => `${levelsDir}/${p}`));
  }

  const header = ['level', 'title', 'win ★', 'lose', 'par up %', 'par $', 'worst up %', 'worst $', 'time', 'result'];
  const out: string[] = [`Proving ${checked.length} level${checked.length === 1 ? '' : 's'} on seeds ${PROOF_SEEDS.join(', ')}`, '', table(header, checked.map(row))];

  for (const c of checked) {
    const bad = [...c.loaded.problems, ...c.problems, ...(c.proof?.failures ?? [])];
    const notes = c.proof?.notes ?? [];
    const par = parLine(c);
    if (bad.length + c.warnings.length + notes.length === 0 && par === undefined) continue;
    out.push('', `${c.loaded.id ?? basename(c.file)} (${c.file})`, ...bad.map((b) => `  ✗ ${underFile(b, c.file)}`), ...c.warnings.map((w) => `  ⚠ ${w}`), ...notes.map((n) => `  · ${n}`));
    if (par !== undefined) out.push(`  → ${par}`);
  }
  if (setProblems.length > 0) out.push('', 'The levels as a set', ...setProblems.map((p) => `  ✗ ${p}`));

  const failedCount = checked.filter(failed).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const setNote = setProblems.length > 0 ? `; ${setProblems.length} problem${setProblems.length === 1 ? '' : 's'} with the levels as a set` : '';
  out.push('', `${checked.length} level${checked.length === 1 ? '' : 's'}, ${failedCount} failed${setNote} (${seconds} s)`);
  process.stdout.write(`${out.join('\n')}\n`);
  return failedCount > 0 || setProblems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // A bug, not bad input: say so plainly, without a stack trace.
  process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
