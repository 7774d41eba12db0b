/**
 * `npm run sim -- <level.json> [--seed N] [--script <commands.json>] [--replay-out <replay.json>]`
 * Runs a level headless and prints one JSON object: the run's figures, its incidents and the
 * commands it refused (see docs/commands.md §6). Invalid input gives a
 * clear message on stderr and exit code 2, never a stack trace.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createReplay } from '../src/replays/replayFile';
import { parseScript, simulate, toRunResult } from '../src/sim';
import { LEVEL_LIMITS } from '../src/shared/levelLimits';
import { formatProblem } from '../src/levels/problems';
import { parseLevelText } from '../src/levels/parseLevel';
import { parseArgs } from './cliArgs';
import { simReport } from './simReport';

const USAGE = 'usage: npm run sim -- <level.json> [--seed N] [--script <commands.json>] [--replay-out <replay.json>] [--max-seconds N]';
const MAX_SCRIPT_BYTES = 2 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readText(file: string, what: string, maxBytes: number, hint?: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    fail(`cannot read ${what} "${file}": no such file`);
  }
  if (size > maxBytes) fail(`${file}: the ${what} is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB${hint ? ` (${hint})` : ''}`);
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    fail(`cannot read ${what} "${file}": ${(err as Error).message}`);
  }
}

function main(argv: readonly string[]): void {
  const args = parseArgs(argv, ['seed', 'script', 'replay-out', 'max-seconds']);
  if (typeof args === 'string') fail(`${args}\n${USAGE}`);
  if (args.positional.length !== 1) fail(USAGE);
  const levelFile = args.positional[0]!;
  const seedText = args.flags.get('seed') ?? '0';
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed) || seed > 0xffffffff) fail(`--seed must be a whole number from 0 to 4294967295 (got "${seedText}")`);

  // The level format's own limit, with the parser's words (a bigger cap here said "16 MB").
  // An author may allow more simulation work than the game does (a long soak test of a level).
  const maxText = args.flags.get('max-seconds');
  const maxWorkSeconds = maxText === undefined ? undefined : Number(maxText);
  if (maxText !== undefined && (!/^\d+$/.test(maxText) || !Number.isSafeInteger(maxWorkSeconds))) fail(`--max-seconds must be a whole number of work-seconds (got "${maxText}")`);
  const level = parseLevelText(readText(levelFile, 'level file', LEVEL_LIMITS.fileBytes, 'a level is a few kilobytes; is this the right file?'), levelFile, maxWorkSeconds === undefined ? {} : { maxWorkSeconds });
  if (!level.ok) fail(level.problems.map(formatProblem).join('\n'));

  let script: ReturnType<typeof parseScript> = { ok: true, value: [] };
  const scriptFile = args.flags.get('script');
  if (scriptFile !== undefined) {
    let json: unknown;
    const text = readText(scriptFile, 'command script', MAX_SCRIPT_BYTES);
    try {
      json = JSON.parse(text);
    } catch (err) {
      fail(`${scriptFile}: not valid JSON (${(err as Error).message})`);
    }
    script = parseScript(json, level.scenario.durationSeconds);
    if (!script.ok) fail(script.reason.split('\n').map((line) => `${scriptFile} › ${line}`).join('\n'));
  }
  const commands = script.ok ? script.value : [];
  const sim = simulate(level.scenario, { seed, script: commands, keepEvents: true });
  const result = toRunResult(level.scenario, seed, sim);
  const replayOut = args.flags.get('replay-out');
  if (replayOut !== undefined) {
    try {
      writeFileSync(replayOut, `${JSON.stringify(createReplay(level.scenario, seed, commands, result), null, 1)}\n`);
    } catch (err) {
      fail(`cannot write the replay to "${replayOut}": ${(err as Error).message}`);
    }
  }
  // The run's figures (what a replay records), then what happened in it.
  process.stdout.write(`${JSON.stringify({ ...result, ...simReport(level.scenario, sim) })}\n`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  // A bug, not bad input: say so plainly, without a stack trace.
  process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
