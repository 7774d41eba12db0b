/**
 * A refactoring safety net (not part of `npm test`): runs every level's win and lose scripts on
 * seeds 1–5, the sandbox with seeded random scripts, and the benchmark estate, and prints a digest of
 * each run's event log and its scored figures. `--write F` stores them; `--check F` compares.
 * The World's own hash is left out on purpose: a redesign changes the World's shape, not its behaviour.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseLevel } from '../../src/levels/parseLevel';
import { canonicalJson, Hasher, parseScript, simulate, type ScenarioSpec, type ScriptedCommand } from '../../src/sim';
import { benchScenario } from '../benchScenario';

interface Row { events: string; eventSet: string; count: number; score: Record<string, unknown> }

let currentKey = '';
function run(level: ScenarioSpec, seed: number, script: ScriptedCommand[]): Row {
  const h = new Hasher();
  // The same events in another order within a tick: systems may be reordered where it means nothing.
  const set = new Hasher();
  let count = 0;
  const sim = simulate(level, { seed, script, afterStep: (_w, events) => {
    if (dumpKey !== undefined && currentKey === dumpKey) for (const e of events) console.log(JSON.stringify(e));
    for (const e of events) { h.update(JSON.stringify(e)); count++; }
    for (const line of events.map((e) => JSON.stringify(e)).sort()) set.update(line);
  } });
  const { ledgerUsd, ...rest } = sim.score;
  return { events: h.digest(), eventSet: set.digest(), count, score: { ...rest, ledger: ledgerUsd } };
}

function load(path: string): ScenarioSpec {
  const p = parseLevel(JSON.parse(readFileSync(path, 'utf8')), path);
  if (!p.ok) throw new Error(path);
  return p.scenario;
}

/** A seeded pseudo-random script over the sandbox's ids (the same every time). */
function randomScript(level: ScenarioSpec, k: number): ScriptedCommand[] {
  let s = k * 7919 + 13;
  const r = (n: number) => { s = (Math.imul(s, 1103515245) + 12345) >>> 0; return s % n; };
  const zones = level.regions.flatMap((x) => x.zones);
  const out: ScriptedCommand[] = [];
  let t = 0;
  for (let i = 0; i < 30; i++) {
    t += 1 + r(200);
    if (t >= level.durationSeconds) break;
    const inst = `i-${String(1 + r(12)).padStart(4, '0')}`;
    const pick = r(12);
    const z = zones[r(zones.length)]!;
    const cmds: ScriptedCommand['command'][] = [
      { type: 'instance.launch', zoneId: z, instanceType: 'm5.large', purchase: r(2) ? 'spot' : 'onDemand' },
      { type: 'instance.stop', instanceId: inst },
      { type: 'instance.start', instanceId: inst },
      { type: 'instance.terminate', instanceId: inst },
      { type: 'instance.resize', instanceId: inst, instanceType: 'm5.xlarge' },
      { type: 'fault.inject', kind: 'zone.powerInterruption', targetId: z, durationSeconds: 300 + r(900) },
      { type: 'fault.inject', kind: 'instance.terminate', targetId: inst },
      { type: 'fault.inject', kind: 'traffic.spike', spikePct: 200, durationSeconds: 600 },
      { type: 'session.setMode', mode: r(2) ? 'store' : 'memory' },
      { type: 'fault.inject', kind: 'region.outage', targetId: level.regions[r(level.regions.length)]!.id, durationSeconds: 600 },
      { type: 'instance.reboot', instanceId: inst },
      { type: 'fault.inject', kind: 'instance.greyFailure', targetId: inst, durationSeconds: 300 },
    ];
    out.push({ atSeconds: t, command: cmds[pick]! });
  }
  return out;
}

const rows: Record<string, Row> = {};
/** `--dump sandbox/random3`: print that run's events instead (to diff two engines by hand). */
const dumpKey = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
const files = readdirSync('levels/campaign').filter((f) => f.endsWith('.json')).sort();
for (const f of files) {
  const level = load(`levels/campaign/${f}`);
  for (const which of ['win', 'lose']) {
    const sc = parseScript(JSON.parse(readFileSync(`levels/solutions/${level.id}.${which}.json`, 'utf8')), level.durationSeconds);
    if (!sc.ok) throw new Error(sc.reason);
    for (const seed of [1, 2, 3, 4, 5]) {
      currentKey = `${level.id}/${which}/${seed}`;
      rows[currentKey] = run(level, seed, sc.value);
    }
  }
}
const sandbox = load('levels/sandbox.json');
for (let k = 0; k < 12; k++) {
  currentKey = `sandbox/random${k}`;
  rows[currentKey] = run(sandbox, k, randomScript(sandbox, k));
}
rows['bench-30'] = run(benchScenario(30, 6 * 3600), 1, []);
rows['bench-300'] = run(benchScenario(300, 3 * 3600), 2, []);

/**
 * A ledger category the stored run does not have and this run never charged belongs to a service
 * kind added since (its category exists in every World, at zero): a new kind is not a change in behaviour.
 */
function newKindsLeftOut(stored: unknown, now: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || typeof now !== 'object' || now === null) return now;
  return Object.fromEntries(Object.entries(now).filter(([k, v]) => k in stored || v !== 0));
}

const [mode, file] = process.argv.slice(2);
if (mode === '--write' && file) {
  writeFileSync(file, JSON.stringify(rows, null, 1) + '\n');
  console.log(`wrote ${Object.keys(rows).length} runs to ${file}`);
} else if (mode === '--check' && file) {
  const want = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Row>;
  let bad = 0;
  for (const [k, w] of Object.entries(want)) {
    const g = rows[k];
    if (!g) { console.log(`${k}: missing`); bad++; continue; }
    const diffs: string[] = [];
    if (g.eventSet !== w.eventSet) diffs.push(`events ${w.count}→${g.count}`);
    else if (g.events !== w.events && process.argv.includes('--strict')) diffs.push('event order within a tick');
    for (const key of Object.keys(w.score)) if (canonicalJson(w.score[key]) !== canonicalJson(key === 'ledger' ? newKindsLeftOut(w.score[key], g.score[key]) : g.score[key])) diffs.push(`${key} ${JSON.stringify(w.score[key])}→${JSON.stringify(g.score[key])}`);
    if (diffs.length) { bad++; console.log(`${k}: ${diffs.join('; ')}`); }
  }
  console.log(bad === 0 ? `all ${Object.keys(want).length} runs match` : `${bad} of ${Object.keys(want).length} runs differ`);
  process.exitCode = bad === 0 ? 0 : 1;
} else {
  console.log('usage: tsx scripts/dev/golden.ts --write|--check <file>');
}
