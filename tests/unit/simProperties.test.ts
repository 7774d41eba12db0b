import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/parseLevel';
import { formatProblem } from '../../src/levels/problems';
import { applyCommand, type Command, type SimEvent, checkInvariants, type ScenarioSpec, type World, simulate, score, step, createWorld, DATABASE } from '../../src/sim';
import { leavesOf } from '../../src/sim/machines/advance';
import { databaseMachine } from '../../src/sim/services/database/machine';
import { drMachine } from '../../src/sim/services/dr/machine';
import { instanceMachine } from '../../src/sim/services/instance/machine';
import { regionMachine, zoneMachine } from '../../src/sim/services/places/machines';
import { scalingMachine } from '../../src/sim/services/scalingGroup/machine';

const INSTANCE_STATES = leavesOf(instanceMachine);
const ZONE_STATES = leavesOf(zoneMachine);
const REGION_STATES = leavesOf(regionMachine);
const DATABASE_STATES = leavesOf(databaseMachine);
const SCALING_STATES = leavesOf(scalingMachine);
const DR_STATES = leavesOf(drMachine);
import { validateCommand } from '../../src/sim/commands/validateCommand';
import { scenarioArb } from './helpers/arbitraries';
import { definitelyInvalid } from './helpers/definitelyInvalid';
import { caseArb, type Case } from './helpers/scriptArb';

/**
 * Property tests of the simulation over random scenarios and random command scripts (valid ids and
 * junk mixed). Fixed fast-check seed: CI is reproducible, and a failure prints its seed, path and
 * (shrunk) counterexample. 1,250 scripts in all. `interruptAfterTimeLimit` bounds shrinking on a
 * failure; an interrupted run fails loudly instead of silently testing less. The limit leaves room
 * for a busy machine (the 500-script case takes 15–22 s alone on two cores, and was cut off at 30 s
 * under load): it is there to stop a runaway shrink, not to time the simulation.
 */
const RUN = { seed: 42, interruptAfterTimeLimit: 80_000, markInterruptAsFailure: true } as const;
const TIMEOUT_MS = 120_000;

/** States the lifecycles allow: checkInvariants does not look at these, so the tests do. */
function unknownStates(world: World): string[] {
  const out: string[] = [];
  const check = (what: string, state: unknown, allowed: readonly string[]): void => {
    if (!allowed.includes(state as string)) out.push(`${what}: state ${String(state)} is not one of ${allowed.join(', ')}`);
  };
  for (const i of world.instances) check(i.id, i.state, INSTANCE_STATES);
  for (const z of world.zones) check(z.id, z.state, ZONE_STATES);
  for (const r of world.regions) check(r.id, r.state, REGION_STATES);
  for (const d of world.databases) check(d.id, d.state, DATABASE_STATES);
  for (const g of world.scalingGroups) check(g.id, g.state, SCALING_STATES);
  if (world.dr) check('dr', world.dr.state, DR_STATES);
  return out;
}

function violations(world: World): string[] {
  return [...checkInvariants(world), ...unknownStates(world)];
}

function expectSound(world: World, when: string): void {
  const found = violations(world);
  if (found.length > 0) throw new Error(`${when} (tick ${world.tick}): ${found.join('; ')}`);
}

/** Runs the whole case through simulate(), checking after every tick; returns the final score. */
function runChecked(c: Case): ReturnType<typeof score> {
  expectSound(createWorld(c.scenario, c.seed), 'after createWorld');
  const sim = simulate(c.scenario, { seed: c.seed, script: c.script, afterStep: (w) => expectSound(w, 'after step') });
  expect(sim.world.tick).toBe(c.scenario.durationSeconds);
  return sim.score;
}

function expectScoreInRange(s: ReturnType<typeof score>): void {
  expect(s.uptimePct).toBeGreaterThanOrEqual(0);
  expect(s.uptimePct).toBeLessThanOrEqual(100);
  expect(s.requestSuccessPct).toBeGreaterThanOrEqual(0);
  expect(s.requestSuccessPct).toBeLessThanOrEqual(100);
  expect(Number.isSafeInteger(s.costMicros)).toBe(true);
  expect(s.costMicros).toBeGreaterThanOrEqual(0);
  expect([0, 1, 2, 3]).toContain(s.stars);
  expect(s.outcome).toBe(s.stars >= 1 ? 'won' : 'lost');
}

interface Verdict {
  world: World;
  command: unknown;
  ok: boolean;
  reason: string;
  /** The events this command pushed, its verdict event last. */
  events: SimEvent[];
  /** structuredClone of the World just before the command (only when asked for). */
  before: World | null;
  violationsBefore: string[];
}

/**
 * Steps a case by hand: each scripted command goes through applyCommand one at a time (what step()
 * does first), then step() runs the systems. `onCommand` sees every verdict.
 */
function driveScript(c: Case, opts: { keepBefore: boolean }, onCommand: (v: Verdict) => void): void {
  const world = createWorld(c.scenario, c.seed);
  let next = 0;
  while (world.tick < world.durationTicks) {
    for (; next < c.script.length && c.script[next]!.atSeconds === world.tick; next++) {
      const command = c.script[next]!.command;
      const before = opts.keepBefore ? structuredClone(world) : null;
      const violationsBefore = violations(world);
      const events: SimEvent[] = [];
      const result = applyCommand(world, command, events);
      onCommand({ world, command, ok: result.ok, reason: result.ok ? '' : result.reason, events, before, violationsBefore });
    }
    step(world, []);
  }
}

const describeCommand = (command: unknown): string => {
  try {
    return JSON.stringify(command) ?? String(command);
  } catch {
    return String(command);
  }
};

describe('simulation properties (random scenarios, random command scripts)', () => {
  it('the scenario generator makes levels that parseLevel accepts', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario: ScenarioSpec) => {
        const parsed = parseLevel(JSON.parse(JSON.stringify(scenario)), 'generated.json');
        expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([]);
      }),
      { ...RUN, numRuns: 200 },
    );
  });

  it(
    'after every step the invariants hold, step never throws, and the final score is in range (500 scripts, junk included)',
    () => {
      fc.assert(
        fc.property(caseArb(), (c) => expectScoreInRange(runChecked(c))),
        { ...RUN, numRuns: 500 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'with a rich estate and only well-formed commands, the invariants hold after every step (250 scripts)',
    () => {
      fc.assert(
        fc.property(caseArb({ rich: true }, { junkWeight: 0, minCommands: 10 }), (c) => expectScoreInRange(runChecked(c))),
        { ...RUN, numRuns: 250 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'every command gets exactly one verdict; a rejection is a command.rejected event with a reason and breaks no invariant (200 scripts)',
    () => {
      fc.assert(
        fc.property(caseArb({ maxDurationSeconds: 1200 }, { junkWeight: 2 }), (c) => {
          driveScript(c, { keepBefore: false }, (v) => {
            const verdicts = v.events.filter((e) => e.type === 'command.accepted' || e.type === 'command.rejected');
            expect(verdicts, describeCommand(v.command)).toHaveLength(1);
            const last = v.events.at(-1)!;
            expect(last).toBe(verdicts[0]);
            expect(last.tick).toBe(v.world.tick);
            if (v.ok) {
              expect(last.type).toBe('command.accepted');
              return;
            }
            expect(last.type, describeCommand(v.command)).toBe('command.rejected');
            expect(v.reason.trim().length, describeCommand(v.command)).toBeGreaterThan(0);
            expect(last.detail ?? '').toContain(v.reason);
            // Nothing but the verdict: a refused command announces nothing else.
            expect(v.events).toHaveLength(1);
            expect(violations(v.world), `after rejecting ${describeCommand(v.command)}`).toEqual(v.violationsBefore);
          });
        }),
        { ...RUN, numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a rejected command leaves the World exactly as it was (150 scripts)',
    () => {
      fc.assert(
        fc.property(caseArb({ rich: true, maxDurationSeconds: 900 }, { junkWeight: 1 }), (c) => {
          driveScript(c, { keepBefore: true }, (v) => {
            if (v.ok) return;
            if (!isDeepStrictEqual(v.world, v.before)) {
              throw new Error(`rejected (${v.reason}) but changed the World: ${describeCommand(v.command)}`);
            }
          });
        }),
        { ...RUN, numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'a command that is invalid by its shape or range alone is always rejected (150 scripts)',
    () => {
      fc.assert(
        fc.property(caseArb({ maxDurationSeconds: 600 }, { junkWeight: 4 }), (c) => {
          driveScript(c, { keepBefore: false }, (v) => {
            const why = definitelyInvalid(v.command);
            if (why !== null && v.ok) throw new Error(`accepted ${describeCommand(v.command)}, though ${why}`);
          });
        }),
        { ...RUN, numRuns: 150 },
      );
    },
    TIMEOUT_MS,
  );
});

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Bugs the properties found, each as a minimal reproduction stating the correct behaviour. Each one
// failed when written (the comment says what happened instead and where); once fixed, it guards
// against the bug coming back. Scenario: levels/sandbox.json, or a trimmed copy of it.
// ─────────────────────────────────────────────────────────────────────────────────────────────────

const SANDBOX = JSON.parse(readFileSync(new URL('../../levels/sandbox.json', import.meta.url), 'utf8')) as ScenarioSpec;

/** The sandbox without its faults, ten minutes long, edited. */
function quietSandbox(edit: (s: ScenarioSpec) => void = () => {}): ScenarioSpec {
  const s = structuredClone(SANDBOX);
  s.durationSeconds = 600;
  s.faults = {};
  edit(s);
  return s;
}

/** The quiet sandbox plus a one-zone scaling group "web-asg" (min 1, desired 1, max 2). */
const withGroup = (scheduled?: { atSeconds: number; min?: number; max?: number; desired?: number }[]) =>
  quietSandbox((s) => {
    s.estate.scalingGroups = [{ id: 'web-asg', region: 'us-east-1', zones: ['use1-az1'], type: 'm5.large', min: 1, max: 2, desired: 1, ...(scheduled ? { scheduled } : {}) }];
  });

function stepTo(world: World, tick: number): void {
  while (world.tick < tick) step(world, []);
}

function apply(world: World, command: unknown): { ok: boolean; reason?: string } {
  return applyCommand(world, command as Command, []);
}

const zoneState = (world: World, id: string): string => world.zones.find((z) => z.id === id)!.state;

describe('bugs found by the properties (minimal reproductions)', () => {
  it('a level\'s scheduled scaling action that lowers max below min keeps min ≤ desired ≤ max', () => {
    // Was: 'web-asg: min 1 desired 0 max 0' at tick 61. autoscale.applySchedule assigns min/max without
    // checking them against each other; parseLevel compares them only when one action gives both.
    const s = withGroup([{ atSeconds: 60, max: 0 }]);
    expect(parseLevel(JSON.parse(JSON.stringify(s)), 'x.json').ok).toBe(true);
    const world = createWorld(s, 0);
    stepTo(world, 61);
    expect(checkInvariants(world)).toEqual([]);
  });

  it('scalingGroup.schedule rejects a negative min', () => {
    // Was: accepted; at tick 10 'web-asg: min -1 desired 1 max 2' (scalingCommands.schedule checks no sizes).
    const world = createWorld(withGroup(), 0);
    const result = apply(world, { type: 'scalingGroup.schedule', scalingGroupId: 'web-asg', atSeconds: 10, min: -1 });
    stepTo(world, 11);
    expect(result.ok).toBe(false);
    expect(checkInvariants(world)).toEqual([]);
  });

  it('scalingGroup.schedule rejects min > max in one action', () => {
    // Was: accepted (same cause).
    const world = createWorld(withGroup(), 0);
    expect(apply(world, { type: 'scalingGroup.schedule', scalingGroupId: 'web-asg', atSeconds: 10, min: 4, max: 1 }).ok).toBe(false);
  });

  it('a refused dns.setWeights leaves the weights as they were', () => {
    // Was: refused (every weight 0), but regionCommands.setDnsWeights had already written the zeros.
    // All zeros are now accepted, as Route 53 accepts them: an unknown endpoint after a valid weight is refused.
    const world = createWorld(quietSandbox(), 0);
    const before = structuredClone(world);
    const result = apply(world, { type: 'dns.setWeights', weights: { shop: 0, nowhere: 3 } });
    expect(result.ok).toBe(false);
    expect(world).toEqual(before);
  });

  it('fault.inject traffic.spike rejects a negative spikePct', () => {
    // Was: accepted (regionCommands.injectFault checks only durationSeconds; levels allow 0–10,000).
    const world = createWorld(quietSandbox(), 0);
    expect(apply(world, { type: 'fault.inject', kind: 'traffic.spike', spikePct: -50 }).ok).toBe(false);
  });

  it('fault.inject traffic.spike with a huge spikePct is refused, or at least breaks no invariant', () => {
    // Was: accepted; a minute later the ledger and request counts are past 2^53:
    // 'ledger loadBalancers: 1.5e16 is not a whole … number', 'metrics.requests = 9.5e16', requests ≠ served + failed + slow.
    const world = createWorld(quietSandbox(), 0);
    apply(world, { type: 'fault.inject', kind: 'traffic.spike', spikePct: 1e15 });
    stepTo(world, 60);
    expect(checkInvariants(world)).toEqual([]);
  });

  it('fault.inject rejects a negative spikePct whatever the fault kind', () => {
    // Was: accepted for kinds other than traffic.spike (the field is ignored there, but it is junk).
    const world = createWorld(quietSandbox(), 0);
    expect(apply(world, { type: 'fault.inject', kind: 'instance.terminate', targetId: 'web-1', spikePct: -1 }).ok).toBe(false);
  });

  it('a scheduled traffic.spike that parseLevel accepts really starts (spikePct 0 and 1,001–10,000)', () => {
    // Was: the level schema allows spikePct 0–10,000, but faults.ts refuses 0 and anything above
    // MAX_SPIKE_PCT (1,000), and runFaults drops the refusal silently: the spike never happens.
    for (const spikePct of [0, 2000, 10_000]) {
      const s = quietSandbox((x) => {
        x.faults = { scheduled: [{ atSeconds: 10, kind: 'traffic.spike', spikePct, durationSeconds: 60 }] };
      });
      if (!parseLevel(JSON.parse(JSON.stringify(s)), 'x.json').ok) continue; // refusing the level is fine too
      const sim = simulate(s, { seed: 0, keepEvents: true });
      expect(sim.events.some((e) => e.type === 'fault.started' && e.detail === 'traffic.spike'), `spikePct ${spikePct}`).toBe(true);
    }
  });

  it('validateCommand rejects extra fields named like Object.prototype members ("constructor", "__proto__")', () => {
    // Was: accepted. validateCommand tests `key in spec`, which follows the prototype chain;
    // Object.hasOwn(spec, key) would not. JSON.parse makes such keys own properties.
    const fromJson = JSON.parse('{"type":"instance.stop","instanceId":"web-1","constructor":1,"__proto__":2}') as unknown;
    expect(validateCommand(fromJson).ok).toBe(false);
  });

  it('region.failBack while the database is failing over leaves the database in a real state', () => {
    // Was: dr/runbook.startFailback stores advance(…PROMOTE_REPLICA) unchecked; from failingOver that is
    // null, so database.state becomes null, the database never recovers and the plan stays failingBack.
    const world = createWorld(
      quietSandbox((x) => {
        x.durationSeconds = 3600;
        x.estate.dr = { posture: 'warmStandby', primaryRegion: 'us-east-1', drRegion: 'us-west-2' };
      }),
      0,
    );
    expect(apply(world, { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' }).ok).toBe(true);
    while (world.dr!.state !== 'failedOver' && world.tick < 3000) step(world, []);
    expect(world.dr!.state).toBe('failedOver');
    expect(apply(world, { type: 'database.enableMultiAz', databaseId: 'orders-db' }).ok).toBe(true);
    stepTo(world, world.tick + DATABASE.multiAzConversionTicks + 1); // the new standby is in sync
    expect(apply(world, { type: 'database.failOver', databaseId: 'orders-db' }).ok).toBe(true);
    apply(world, { type: 'region.failBack' }); // refusing is fine; breaking the database is not
    expect(DATABASE_STATES).toContain(world.databases[0]!.state);
    stepTo(world, world.tick + 400);
    expect(world.databases[0]!.state).toBe('available');
  });

  it('instance.launch refuses a load balancer in another Region (as loadBalancer.attach does)', () => {
    // Was: accepted; once booted, i-0001 (us-west-2) is a target of web-alb (us-east-1).
    const world = createWorld(quietSandbox(), 0);
    expect(apply(world, { type: 'instance.launch', zoneId: 'usw2-az1', instanceType: 'm5.large', loadBalancerId: 'web-alb' }).ok).toBe(false);
  });

  it('scalingGroup.configure refuses sizes above the level limit (1,000)', () => {
    // Was: accepted; desired 20,000 launches 20,000 instances in one tick. A hostile script can ask for
    // 10^7 and exhaust memory; levels are capped at LEVEL_LIMITS.scalingGroupMax = 1,000.
    const world = createWorld(withGroup(), 0);
    expect(apply(world, { type: 'scalingGroup.configure', scalingGroupId: 'web-asg', max: 20_000, desired: 20_000 }).ok).toBe(false);
  });

  it('a zone power interruption with durationSeconds 0 does not last forever (from a command or from the level)', () => {
    // Was: the zone stays down for the rest of the run. faults.startFault kept an ActiveFault only when
    // the duration was above 0, and only endFault brings power back (the same for region.outage and
    // traffic.spike). Refusing 0, or treating it as the default duration, are both fine.
    const fromLevel = quietSandbox((x) => {
      x.durationSeconds = 3600;
      x.faults = { scheduled: [{ atSeconds: 10, kind: 'zone.powerInterruption', target: 'use1-az2', durationSeconds: 0 }] };
    });
    expect(parseLevel(JSON.parse(JSON.stringify(fromLevel)), 'x.json').ok).toBe(true);
    const world = createWorld(fromLevel, 0);
    stepTo(world, 20);
    apply(world, { type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2', durationSeconds: 0 });
    stepTo(world, 3599);
    expect(zoneState(world, 'use1-az2')).toBe('available');
  });

  it('overlapping power interruptions: the zone stays down until the last one ends', () => {
    // Was: power comes back when the first fault ends (tick 100) although the second lasts until 550.
    const world = createWorld(quietSandbox(), 0);
    apply(world, { type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2', durationSeconds: 100 });
    stepTo(world, 50);
    apply(world, { type: 'fault.inject', kind: 'zone.powerInterruption', targetId: 'use1-az2', durationSeconds: 500 });
    stepTo(world, 350);
    expect(zoneState(world, 'use1-az2')).toBe('down');
    // The instances the first cut stopped restart with the last one (FIS startInstancesAfterDuration).
    expect(world.instances.find((i) => i.id === 'web-2')!.state).toBe('stopped');
    stepTo(world, 560);
    expect(world.instances.find((i) => i.id === 'web-2')!.state).not.toBe('stopped');
  });

  it('overlapping traffic spikes: demand follows the strongest spike still running', () => {
    const world = createWorld(quietSandbox(), 0);
    apply(world, { type: 'fault.inject', kind: 'traffic.spike', durationSeconds: 1300, spikePct: 500 });
    stepTo(world, 100);
    apply(world, { type: 'fault.inject', kind: 'traffic.spike', durationSeconds: 1300, spikePct: 200 });
    stepTo(world, 1350);
    expect(world.trafficSpikePct).toBe(200);
    stepTo(world, 1450);
    expect(world.trafficSpikePct).toBe(100);
  });
});
