import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript, type Command, type ScriptedCommand, canonicalJson, Hasher, type ScenarioSpec, type World, runScenario, simulate, nextFloat, seedToState, step, createWorld } from '../../src/sim';
import { caseArb } from './helpers/scriptArb';

/**
 * Same level + same seed + same script ⇒ the same run, bit for bit (ARCHITECTURE.md: "the simulation
 * is a pure, deterministic function"). The random stream lives in the World, so a World cloned
 * mid-run carries on exactly like the original.
 */
const RUN = { seed: 42, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true } as const;
const TIMEOUT_MS = 90_000;

const SANDBOX = JSON.parse(readFileSync(new URL('../../levels/sandbox.json', import.meta.url), 'utf8')) as ScenarioSpec;
const sandbox = (): ScenarioSpec => structuredClone(SANDBOX);

/** A short script that touches most systems: launches, a new load balancer, a group, a fault, DR. */
const SANDBOX_SCRIPT: ScriptedCommand[] = [
  { atSeconds: 5, command: { type: 'instance.launch', zoneId: 'use1-az3', instanceType: 'm5.large', loadBalancerId: 'web-alb' } },
  { atSeconds: 10, command: { type: 'scalingGroup.create', regionId: 'us-east-1', zoneIds: ['use1-az1', 'use1-az2'], instanceType: 't3.medium', min: 1, max: 4, desired: 2, loadBalancerId: 'web-alb' } },
  { atSeconds: 12, command: { type: 'scalingGroup.setPolicy', scalingGroupId: 'asg-0002', metric: 'cpu', target: 40 } },
  { atSeconds: 30, command: { type: 'dr.setPosture', posture: 'warmStandby', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } },
  { atSeconds: 600, command: { type: 'fault.inject', kind: 'instance.terminate', targetId: 'web-2' } },
  { atSeconds: 900, command: { type: 'fault.inject', kind: 'traffic.spike', spikePct: 250, durationSeconds: 300 } },
  { atSeconds: 1000, command: { type: 'database.failOver', databaseId: 'orders-db' } },
  { atSeconds: 2400, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } },
  { atSeconds: 2500, command: { type: 'instance.terminate', instanceId: 'nope' } },
];

function byTick(script: readonly ScriptedCommand[]): Map<number, Command[]> {
  const out = new Map<number, Command[]>();
  for (const s of script) out.set(s.atSeconds, [...(out.get(s.atSeconds) ?? []), s.command]);
  return out;
}

/**
 * Runs a World to its end with the script's remaining commands and returns the digest simulate()
 * would give: `prefix` (the events already seen, as JSON lines), then every further event, then the
 * final World.
 */
function finish(world: World, script: Map<number, Command[]>, prefix: readonly string[]): string {
  const hasher = new Hasher();
  for (const line of prefix) hasher.update(line);
  while (world.tick < world.durationTicks) {
    const { events } = step(world, script.get(world.tick) ?? []);
    for (const e of events) hasher.update(JSON.stringify(e));
  }
  hasher.update(canonicalJson(world));
  return hasher.digest();
}

/** Runs to `split`, then continues the World, a structuredClone and a JSON round-trip copy of it. */
function splitRun(scenario: ScenarioSpec, seed: number, script: readonly ScriptedCommand[], split: number) {
  const commands = byTick(script);
  const world = createWorld(scenario, seed);
  const seen: string[] = [];
  while (world.tick < split) for (const e of step(world, commands.get(world.tick) ?? []).events) seen.push(JSON.stringify(e));
  const clone = structuredClone(world);
  const viaJson = JSON.parse(JSON.stringify(world)) as World;
  const atSplit = { clone: canonicalJson(clone), original: canonicalJson(world), json: canonicalJson(viaJson) };
  return {
    atSplit,
    original: finish(world, commands, seen),
    clone: finish(clone, commands, seen),
    json: finish(viaJson, commands, seen),
  };
}

describe('determinism', () => {
  it('the same scenario, seed and script give an identical RunResult and hash (sandbox, run twice)', () => {
    const a = runScenario(sandbox(), { seed: 7, script: SANDBOX_SCRIPT });
    const b = runScenario(sandbox(), { seed: 7, script: SANDBOX_SCRIPT });
    expect(b).toEqual(a);
    expect(b.hash).toMatch(/^[0-9a-f]{16}$/);
    // Keeping events, or watching every step, does not change the run.
    const watched = simulate(sandbox(), { seed: 7, script: SANDBOX_SCRIPT, keepEvents: true, afterStep: () => {} });
    expect(watched.hash).toBe(a.hash);
    expect(watched.events).toHaveLength(watched.eventCount);
  });

  it(
    'property: any scenario, seed and script run twice give an identical RunResult, also when the script is replayed from JSON (150 cases)',
    () => {
      fc.assert(
        fc.property(caseArb({ maxDurationSeconds: 1200 }), (c) => {
          const a = runScenario(c.scenario, { seed: c.seed, script: c.script });
          const b = runScenario(structuredClone(c.scenario), { seed: c.seed, script: structuredClone(c.script) });
          expect(b).toEqual(a);
          // A script saved as JSON and parsed back (a replay file) replays the same run, when it parses.
          const parsed = parseScript(JSON.parse(JSON.stringify(c.script)) as unknown, c.scenario.durationSeconds);
          if (parsed.ok) expect(runScenario(c.scenario, { seed: c.seed, script: parsed.value }).hash).toBe(a.hash);
        }),
        { ...RUN, numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it('different seeds give different hashes for a scenario with noise and random faults (sandbox)', () => {
    expect(SANDBOX.traffic.noisePct).toBeGreaterThan(0);
    expect(SANDBOX.faults.random?.length).toBeGreaterThan(0);
    const seeds = [0, 1, 2, 42, 2 ** 31, 0xffffffff];
    const hashes = seeds.map((seed) => runScenario(sandbox(), { seed }).hash);
    expect(new Set(hashes).size).toBe(seeds.length);
  });

  it('seed 0 is a valid seed, and differs from seed 1', () => {
    const w0 = createWorld(sandbox(), 0);
    const w1 = createWorld(sandbox(), 1);
    expect(w0.seed).toBe(0);
    expect(Number.isInteger(w0.rng) && w0.rng >= 0 && w0.rng <= 0xffffffff).toBe(true);
    expect(w0.rng).not.toBe(w1.rng);
    const r0 = runScenario(sandbox(), { seed: 0 });
    expect(r0.seed).toBe(0);
    expect(r0.simSeconds).toBe(SANDBOX.durationSeconds);
    expect(r0.hash).not.toBe(runScenario(sandbox(), { seed: 1 }).hash);
  });

  it('a World cloned mid-run (structuredClone, or a JSON round trip) carries on exactly like the original (sandbox)', () => {
    const full = runScenario(sandbox(), { seed: 3, script: SANDBOX_SCRIPT }).hash;
    for (const split of [0, 1, 601, 1000, 2450, 7199]) {
      const r = splitRun(sandbox(), 3, SANDBOX_SCRIPT, split);
      expect(r.atSplit.clone).toBe(r.atSplit.original);
      expect(r.atSplit.json).toBe(r.atSplit.original);
      expect(r.original).toBe(full);
      expect(r.clone).toBe(full);
      expect(r.json).toBe(full);
    }
  });

  it(
    'property: a World cloned at a random tick carries on exactly like the original (150 cases)',
    () => {
      const arb = fc.tuple(caseArb({ maxDurationSeconds: 1500 }), fc.double({ min: 0, max: 1, noNaN: true }));
      fc.assert(
        fc.property(arb, ([c, at]) => {
          const split = Math.min(c.scenario.durationSeconds - 1, Math.floor(at * c.scenario.durationSeconds));
          const r = splitRun(c.scenario, c.seed, c.script, split);
          expect(r.atSplit.clone).toBe(r.atSplit.original);
          expect(r.atSplit.json).toBe(r.atSplit.original);
          expect(r.clone).toBe(r.original);
          expect(r.json).toBe(r.original);
          expect(r.original).toBe(simulate(c.scenario, { seed: c.seed, script: c.script }).hash);
        }),
        { ...RUN, numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('golden values (must never change silently)', () => {
  /**
   * The first draws of the PRNG (rng.ts, mulberry32 seeded through seedToState). If these change,
   * every replay, solution script and saved run changes with them.
   */
  it('nextFloat: the first five draws for seeds 0 and 42', () => {
    const draws = (seed: number): number[] => {
      const holder = { rng: seedToState(seed) };
      return Array.from({ length: 5 }, () => nextFloat(holder));
    };
    expect(seedToState(0)).toBe(2654435769);
    expect(seedToState(42)).toBe(2654435731);
    expect(draws(0)).toEqual([0.3588899802416563, 0.10590326134115458, 0.675290479324758, 0.9179345588199794, 0.10157715040259063]);
    expect(draws(42)).toEqual([0.4813160905614495, 0.9852536325342953, 0.7379171899519861, 0.6130663156509399, 0.7036195879336447]);
  });

  /**
   * The hash of a whole run of levels/sandbox.json, seed 0, no script. It digests every event and
   * the final World, so it changes whenever the model changes — and only then. When you change the
   * model ON PURPOSE (a system, a constant, an event, the sandbox level), check the change is
   * intended, then update this value from:
   *   npx tsx -e "import('./src/sim/index.ts').then(async ({ runScenario }) => console.log(runScenario(JSON.parse((await import('node:fs')).readFileSync('levels/sandbox.json', 'utf8')), { seed: 0 }).hash))"
   * and say so in the commit message. A change you did not intend is a determinism bug.
   */
  it('runScenario(levels/sandbox.json, seed 0, no script).hash', () => {
    expect(runScenario(sandbox(), { seed: 0 }).hash).toBe('23b086443e6e9ef9');
  });
});
