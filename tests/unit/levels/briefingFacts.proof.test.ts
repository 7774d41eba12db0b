import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/levelFiles';
import { DATABASE, simulate, type ScenarioSpec, type ScriptedCommand, type SimEvent, type SimEventType, type Simulation } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';

/**
 * Issue 10: what a level's text says happens is what the model does. Each test runs the level and
 * checks one claim of its briefing or debrief against the run's events (the numbers themselves are
 * checked against the constants in briefingFacts.test.ts).
 */
const run = (s: ScenarioSpec, script: readonly ScriptedCommand[], seed = 1): Simulation => simulate(s, { seed, script: [...script], keepEvents: true });
const events = (sim: Simulation, type: SimEventType): SimEvent[] => sim.events.filter((e) => e.type === type);
const first = (sim: Simulation, type: SimEventType): SimEvent => {
  const e = events(sim, type)[0];
  if (!e) throw new Error(`no ${type} in the run`);
  return e;
};
/** The bad share (%) of the one-minute window that starts at `start`, or 0 when it was good. */
const badShare = (sim: Simulation, start: number): number => events(sim, 'sla.minuteBad').find((e) => e.tick === start + 59)?.value ?? 0;

describe('data-tier: what a standby, a restore and a replica do when the primary dies', () => {
  const { scenario, win, lose } = campaignLevel('07-data-tier');
  const failure = scenario.faults.scheduled![0]!.atSeconds!;
  // Two hours cover the failure at 01:32 and what follows; the rest of the level is quiet.
  const s: ScenarioSpec = { ...scenario, durationSeconds: 7200 };

  it('"With a Multi-AZ standby in sync, RDS fails over to it … in a minute or two, and every request that needs the database fails meanwhile"; nothing is lost', () => {
    const sim = run(s, win);
    const took = first(sim, 'database.failedOver').tick - first(sim, 'database.failoverStarted').tick;
    expect(took).toBeGreaterThanOrEqual(60);
    expect(took).toBeLessThanOrEqual(120);
    expect(badShare(sim, failure)).toBe(100);
    expect(sim.score.dataLostSeconds).toBe(0);
    expect(scenario.debrief).toContain('every request that needs the database fails meanwhile');
  });

  it('"every write since the last log upload gone (two minutes here)"', () => {
    const sim = run(s, lose);
    expect(sim.score.dataLostSeconds).toBe(120);
    expect(scenario.debrief).toContain('two minutes here');
  });

  it('"while the primary is gone it keeps reads flowing but every write fails, promoting it takes five minutes in which it serves nothing at all"', () => {
    const promoteAt = failure + 60;
    const sim = run(s, [
      { atSeconds: 0, command: { type: 'database.addReadReplica', databaseId: 'orders-db', zoneId: 'use1-az2' } },
      { atSeconds: promoteAt, command: { type: 'database.promoteReplica', databaseId: 'orders-db', replicaId: 'replica-0001' } },
    ]);
    // Reads flow, writes (one in five) fail.
    expect(badShare(sim, failure)).toBeCloseTo(scenario.traffic.writePct!, 0);
    // Promoting: nothing is served, for five minutes.
    for (let t = promoteAt; t < promoteAt + DATABASE.promoteTicks; t += 60) expect(badShare(sim, t), `minute from ${t}`).toBe(100);
    expect(badShare(sim, promoteAt + DATABASE.promoteTicks)).toBe(0);
    expect(first(sim, 'database.promoted').tick).toBe(promoteAt + DATABASE.promoteTicks);
    // "the replication lag loses a couple of seconds of orders"
    expect(sim.score.dataLostSeconds).toBe(DATABASE.replicaLagTicks);
    for (const text of [scenario.briefing!, scenario.debrief!]) expect(text).toContain('five minutes in which it serves nothing');
  });
});

describe('chaos-day: "from the moment you fail over, a pilot light takes about 17 minutes to serve again, a warm standby about 5"', () => {
  const { scenario, win } = campaignLevel('10-chaos-day');
  const failoverMinutes = (posture: string): number => {
    const script = win.map((c) => (c.command.type === 'dr.setPosture' ? { ...c, command: { ...c.command, posture } } : c)) as ScriptedCommand[];
    return Math.round(first(run(scenario, script), 'dr.failedOver').value! / 60);
  };

  it('warm standby: about 5 minutes, inside the 15-minute RTO; pilot light: about 17, outside it', () => {
    expect(failoverMinutes('warmStandby')).toBe(5);
    expect(failoverMinutes('pilotLight')).toBe(17);
    expect(17 * 60).toBeGreaterThan(scenario.objectives.rtoSeconds!);
    expect(scenario.briefing).toContain('a pilot light takes about 17 minutes to serve again, a warm standby about 5');
    expect(scenario.debrief).toContain('serves again about five minutes after you fail over');
    expect(scenario.debrief).toContain('a pilot light, about 17 minutes, misses it');
  });
});

describe('flash-sale: "A new server then needs a little over a minute to boot, start its application and pass its first health check"', () => {
  const { scenario, lose } = campaignLevel('09-flash-sale');
  it('a server the group launches gets its first healthy mark 61–89 s later', () => {
    const sim = run({ ...scenario, durationSeconds: 1200 }, lose);
    const launched = first(sim, 'instance.launched');
    const healthy = events(sim, 'target.markedHealthy').find((e) => e.subject === launched.subject)!;
    const took = healthy.tick - launched.tick;
    expect(took).toBeGreaterThan(60);
    expect(took).toBeLessThan(90);
  });
});

describe('spare-tyre: "an Auto Scaling group notices the dead server within seconds and launches a replacement into a healthy AZ: a minute or two of failed and slow pages"', () => {
  const { scenario, win, lose } = campaignLevel('04-spare-tyre');
  it.each([1, 2, 3])('spread over three AZs, seed %i', (seed) => {
    const sim = run(scenario, win, seed);
    const outage = first(sim, 'zone.outageStarted');
    expect(first(sim, 'scalingGroup.replacingUnhealthy').tick - outage.tick).toBeLessThan(10);
    const replacement = events(sim, 'instance.launched').find((e) => e.tick >= outage.tick)!;
    expect(replacement.detail).not.toContain(outage.subject);
    const bad = sim.world.metrics.windows - sim.world.metrics.goodWindows;
    expect(bad).toBeGreaterThanOrEqual(1);
    expect(bad).toBeLessThanOrEqual(2);
  });

  it('"an Auto Scaling group confined to that AZ cannot launch anything until the AZ is back"', () => {
    const sim = run(scenario, lose);
    const down = first(sim, 'zone.outageStarted').tick;
    const back = first(sim, 'zone.recovered').tick;
    expect(events(sim, 'instance.launched').filter((e) => e.tick >= down && e.tick < back)).toEqual([]);
    expect(events(sim, 'scalingGroup.launchFailed').length).toBeGreaterThan(0);
  });
});

describe('second-engine: "the group drops the dead servers within seconds"', () => {
  const { scenario, win } = campaignLevel('05-second-engine');
  it('the dead AZ\'s targets are deregistered within 10 s of the power cut', () => {
    const sim = run(scenario, win);
    const outage = first(sim, 'zone.outageStarted').tick;
    const dropped = events(sim, 'target.deregistered').filter((e) => e.tick >= outage);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped[0]!.tick - outage).toBeLessThan(10);
  });
});

describe('sandbox: "The Multi-AZ database, whose primary starts in that AZ, fails over to its standby in a minute or two, and every request that needs it fails meanwhile"', () => {
  const dir = fileURLToPath(new URL('../../../levels', import.meta.url));
  const { scenario } = loadLevel(`${dir}/sandbox.json`, dir, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
  it('the power cut fails the primary over, and its first minute fails every request', () => {
    const sim = run(scenario!, []);
    const outage = first(sim, 'zone.outageStarted');
    expect(scenario!.estate.databases![0]!.zone).toBe(outage.subject);
    const took = first(sim, 'database.failedOver').tick - first(sim, 'database.failoverStarted').tick;
    expect(took).toBeGreaterThanOrEqual(60);
    expect(took).toBeLessThanOrEqual(120);
    expect(badShare(sim, outage.tick)).toBe(100);
  });
});
