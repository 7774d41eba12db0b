import { parseLevel } from '../levels/parseLevel';
import { formatProblem } from '../levels/problems';
import { parseScript, type ScriptedCommand, canonicalJson, Hasher, type ScenarioSpec, runScenario, type RunResult } from '../sim';

/**
 * A replay: the level, the seed and the command log — everything needed to re-simulate a run —
 * plus the result that run recorded. Nothing in it is trusted: verifying re-simulates and compares,
 * and the digests let it say *what* was changed (level, commands, seed or result).
 *
 * formatVersion says which rules recorded it: 1 = the first engine (before the simulation was
 * rebuilt as service kinds), 2 = the rebuilt engine before protection took time to build and faults
 * could aim, 3 = these rules. An older replay is re-simulated under these rules and verifies when
 * every scored figure matches; its hash digested an older World, so it is not compared — and where
 * the figures differ, the problem says why.
 */
export const REPLAY_FORMAT_VERSION = 4;

/** Why an older replay's figures can differ without anyone editing it, by the version that recorded it. */
const CHANGED_SINCE: Readonly<Record<number, string>> = {
  1: "recorded by the game's first simulation engine (replay formatVersion 1); this version re-simulates it under newer rules (an Auto Scaling cooldown fix, per-AZ routing arithmetic, protection that takes time to build, CPU utilisation capped at 100 %), which can move a figure",
  2: 'recorded by an earlier version of the game (replay formatVersion 2), before protection took time to build (read replicas, Multi-AZ conversion, DR postures)',
  3: 'recorded by an earlier version of the game (replay formatVersion 3), before CPU utilisation was capped at 100 %, sticky sessions were lost with their server, the DR fleet became an Auto Scaling group and active/active failed over by itself',
};

export interface ReplayFile {
  formatVersion: 4;
  kind: 'blast-radius-replay';
  level: ScenarioSpec;
  seed: number;
  commands: ScriptedCommand[];
  digests: { level: string; commands: string };
  result: RunResult;
}

export const MAX_REPLAY_BYTES = 4 * 1024 * 1024;

const digest = (value: unknown): string => new Hasher().update(canonicalJson(value)).digest();

export function createReplay(level: ScenarioSpec, seed: number, commands: readonly ScriptedCommand[], result: RunResult): ReplayFile {
  const log = commands.map((c) => ({ atSeconds: c.atSeconds, command: c.command }));
  return {
    formatVersion: REPLAY_FORMAT_VERSION,
    kind: 'blast-radius-replay',
    level,
    seed,
    commands: log,
    digests: { level: digest(level), commands: digest(log) },
    result,
  };
}

/** Runs a level and returns its replay (what `npm run sim -- --replay-out` writes). */
export function recordReplay(level: ScenarioSpec, seed: number, commands: readonly ScriptedCommand[]): ReplayFile {
  return createReplay(level, seed, commands, runScenario(level, { seed, script: commands }));
}

export type Verified = { ok: true; result: RunResult; replay: ReplayFile } | { ok: false; problems: string[] };

const RESULT_FIELDS = ['level', 'seed', 'simSeconds', 'uptimePct', 'requestSuccessPct', 'dataLostSeconds', 'costUsd', 'stars', 'outcome', 'hash'] as const;

/**
 * Checks a replay file's text and re-simulates it. Every problem names the part that is wrong:
 * a truncated file, commands out of order, an edited level or command list, a changed seed, an
 * edited result.
 */
export function verifyReplayText(text: string, file: string): Verified {
  if (text.length > MAX_REPLAY_BYTES) return bad(`${file}: the replay is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_REPLAY_BYTES / 1048576} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const trimmed = text.trimEnd();
    const cut = trimmed.length > 0 && !trimmed.endsWith('}');
    return bad(cut ? `${file}: the replay is truncated (it ends before its closing brace)` : `${file}: not valid JSON (${(err as Error).message})`);
  }
  return verifyReplay(json, file);
}

export function verifyReplay(json: unknown, file: string): Verified {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad(`${file}: a replay is a JSON object`);
  const r = json as Record<string, unknown>;
  if (r.kind !== 'blast-radius-replay') return bad(`${file}: this is not a Blast Radius replay (kind is ${JSON.stringify(r.kind)})`);
  if (r.formatVersion !== 1 && r.formatVersion !== 2 && r.formatVersion !== 3 && r.formatVersion !== REPLAY_FORMAT_VERSION) return bad(`${file}: formatVersion ${JSON.stringify(r.formatVersion)} is not one this game reads (1 to ${REPLAY_FORMAT_VERSION})`);
  const older = CHANGED_SINCE[r.formatVersion];
  for (const key of ['level', 'seed', 'commands', 'digests', 'result']) if (!(key in r)) return bad(`${file}: the replay is missing "${key}" (truncated or edited)`);

  const level = parseLevel(r.level, `${file} › level`);
  if (!level.ok) return { ok: false, problems: level.problems.map(formatProblem) };
  const seed = r.seed;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return bad(`${file} › seed: a whole number from 0 to 4294967295`);
  if (!Array.isArray(r.commands)) return bad(`${file} › commands: a list of timed commands`);
  for (let i = 1; i < r.commands.length; i++) {
    const a = atSecondsOf(r.commands[i - 1]);
    const b = atSecondsOf(r.commands[i]);
    if (typeof a === 'number' && typeof b === 'number' && b < a) return bad(`${file} › commands[${i}]: at ${b} s it comes before commands[${i - 1}] at ${a} s — the commands were reordered`);
  }
  const script = parseScript(r.commands, level.scenario.durationSeconds);
  if (!script.ok) return { ok: false, problems: script.reason.split('\n').map((line) => `${file} › commands${line}`) };

  const digests = r.digests as Record<string, unknown> | null;
  if (typeof digests !== 'object' || digests === null) return bad(`${file} › digests: missing`);
  const problems: string[] = [];
  // The digest covers the level as the replay stores it (a version-1 level is upgraded to play it, not to check it).
  if (digests.level !== digest(r.level)) problems.push(`${file} › level: the level was edited (its digest does not match)`);
  if (digests.commands !== digest(script.value)) problems.push(`${file} › commands: the command list was edited or reordered (its digest does not match)`);
  const recorded = r.result as Record<string, unknown> | null;
  if (typeof recorded !== 'object' || recorded === null) return bad(`${file} › result: missing`);
  if (recorded.seed !== seed) problems.push(`${file} › seed: the replay says seed ${seed} but its result was recorded with seed ${String(recorded.seed)} — it was re-seeded`);
  // Cheap before costly: every run plays its level's whole duration, so a recorded length that
  // differs was edited, and is refused without re-simulating anything.
  if (recorded.simSeconds !== level.scenario.durationSeconds) problems.push(`${file} › result.simSeconds: recorded ${JSON.stringify(recorded.simSeconds)}, but the level lasts ${level.scenario.durationSeconds} s — the result was edited`);
  if (problems.length > 0) return { ok: false, problems };

  const result = runScenario(level.scenario, { seed, script: script.value });
  // Why an older replay's figures can differ without anyone editing it.
  const why = older !== undefined ? ` — this replay was ${older}, so it cannot be verified: play the run again to get a replay this version verifies` : ' — the result was edited';
  for (const field of RESULT_FIELDS) {
    // An older replay's hash digested its own World, which this version does not rebuild.
    if (older !== undefined && field === 'hash') continue;
    if (canonicalJson(recorded[field]) !== canonicalJson(result[field])) {
      problems.push(`${file} › result.${field}: recorded ${JSON.stringify(recorded[field])}, but re-simulating gives ${JSON.stringify(result[field])}${why}`);
    }
  }
  if (canonicalJson(recorded.ledger) !== canonicalJson(withoutNewCategories(recorded.ledger, result.ledger))) problems.push(`${file} › result.ledger: does not match the re-simulated ledger${why}`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, result, replay: createReplay(level.scenario, seed, script.value, result) };
}

/** A timed command's time, read from any value (a hostile list may hold null or a number). */
const atSecondsOf = (x: unknown): unknown => (typeof x === 'object' && x !== null ? (x as { atSeconds?: unknown }).atSeconds : undefined);

const bad = (line: string): Verified => ({ ok: false, problems: [line] });

/**
 * The re-simulated ledger without the categories the recording does not have and this run never
 * charged: a service kind added since the replay was recorded bills nothing in a level without it.
 */
function withoutNewCategories(recorded: unknown, ledger: Readonly<Record<string, number>>): Record<string, number> {
  if (typeof recorded !== 'object' || recorded === null) return { ...ledger };
  return Object.fromEntries(Object.entries(ledger).filter(([category, usd]) => category in recorded || usd !== 0));
}
