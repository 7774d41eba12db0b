/**
 * `npm run replay -- verify <file>`: re-simulates a replay and prints the same JSON object as
 * `npm run sim`. A malformed or tampered replay gets a message naming what is wrong and exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { MAX_REPLAY_BYTES, verifyReplayText } from '../src/replays/replayFile';

const USAGE = 'usage: npm run replay -- verify <replay.json>';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(argv: readonly string[]): void {
  if (argv[0] !== 'verify' || argv.length !== 2) fail(USAGE);
  const file = argv[1]!;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    fail(`cannot read replay "${file}": no such file`);
  }
  if (size > MAX_REPLAY_BYTES) fail(`${file}: the replay is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_REPLAY_BYTES / 1048576} MB`);
  const verified = verifyReplayText(readFileSync(file, 'utf8'), file);
  if (!verified.ok) fail(verified.problems.join('\n'));
  process.stdout.write(`${JSON.stringify(verified.result)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
