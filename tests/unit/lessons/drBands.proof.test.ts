import { describe, expect, it } from 'vitest';
import { createWorld, DATABASE, simulate, type DrPosture, type ScriptedCommand, type Simulation } from '../../../src/sim';
import { buildIncidentTimeline } from '../../../src/view/debrief/incidentTimeline';
import { campaignLevel } from '../debrief/helpers';
import { eventsOf } from './build';

/**
 * Issue 10: level 8 (the parachute) played with each DR posture, its RTO and RPO measured the way
 * the debrief measures them (the incident timeline, from the run's events), against the bands of
 * the AWS DR whitepaper (docs/model.md §11.1). The operator declares the disaster and pulls the
 * cord two minutes after us-east-1 falls; multi-site active/active gets no command at all.
 */
const { scenario } = campaignLevel('08-parachute');
const OUTAGE_AT = 19_800;
const DECLARED_AT = OUTAGE_AT + 120;
const HOUR = 3600;

/** Route 53 (docs/model.md §10): 3 failed checks 30 s apart, then clients follow over the 60 s TTL. */
const ROUTE53_DETECTION = 3 * 30;
const TTL = 60;
/** Good and bad are measured per whole minute: a recovery shows at the next minute's start. */
const MINUTE = 60;

/** The AWS DR whitepaper's bands, in seconds: [lowest, highest] RTO and RPO (docs/model.md §11.1). */
const BANDS: Record<DrPosture, { rto: [number, number]; rpo: [number, number] }> = {
  // Hours: RTO from an hour up; RPO more than minutes, at most the hourly copy.
  backupRestore: { rto: [HOUR, 24 * HOUR], rpo: [5 * 60, HOUR] },
  // Tens of minutes.
  pilotLight: { rto: [10 * 60, HOUR], rpo: [0, HOUR] },
  // Minutes.
  warmStandby: { rto: [60, 10 * 60], rpo: [0, 10 * 60] },
  // Near zero: data replicated in real time (seconds); RTO health-check detection plus the TTL.
  activeActive: { rto: [0, ROUTE53_DETECTION + TTL + MINUTE], rpo: [0, 5] },
};

function play(posture: DrPosture, seed: number): Simulation {
  const script: ScriptedCommand[] = [{ atSeconds: 0, command: { type: 'dr.setPosture', posture, primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } }];
  if (posture !== 'activeActive') script.push({ atSeconds: DECLARED_AT, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } });
  return simulate(scenario, { seed, script, keepEvents: true });
}

function measured(sim: Simulation): { rto: number | null; rpo: number } {
  const timeline = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds });
  const outage = timeline.incidents.find((i) => i.faults.some((f) => f.kind === 'region.outage'))!;
  return { rto: outage.rtoSeconds, rpo: outage.rpoSeconds };
}

describe('level 8: each DR posture recovers inside its AWS whitepaper band', () => {
  for (const posture of ['backupRestore', 'pilotLight', 'warmStandby', 'activeActive'] as const) {
    for (const seed of [1, 2, 3]) {
      it(`${posture}, seed ${seed}`, () => {
        const sim = play(posture, seed);
        const { rto, rpo } = measured(sim);
        const band = BANDS[posture];
        expect(eventsOf(sim, 'command.rejected')).toEqual([]);
        expect(eventsOf(sim, 'dr.failedOver')).toHaveLength(1);
        expect(rto).not.toBeNull();
        expect(rto!).toBeGreaterThanOrEqual(band.rto[0]);
        expect(rto!).toBeLessThanOrEqual(band.rto[1]);
        expect(rpo).toBeGreaterThanOrEqual(band.rpo[0]);
        expect(rpo).toBeLessThanOrEqual(band.rpo[1]);
      });
    }
  }

  it('active/active fails over with no command: Route 53 stops answering us-east-1 once its checks fail', () => {
    const sim = play('activeActive', 1);
    const unhealthy = eventsOf(sim, 'dns.endpointUnhealthy').find((e) => e.subject === 'shop-east')!;
    expect(unhealthy.tick - OUTAGE_AT).toBeLessThanOrEqual(ROUTE53_DETECTION);
    // The runbook starts on that health check's verdict, not on a command: it runs before the
    // checks within a tick, so it acts on the next one.
    expect(eventsOf(sim, 'dr.failoverStarted').map((e) => e.tick)).toEqual([unhealthy.tick + 1]);
    expect(sim.world.dr!.activeRegionId).toBe('us-west-2');
    expect(sim.world.databases[0]!.regionId).toBe('us-west-2');
    expect(sim.score.outcome).toBe('won');
    // It pays for everything twice all day: over level 8's budget, so never ★★★ (pilot light is par).
    expect(sim.score.costUsd).toBeGreaterThan(scenario.objectives.budgetUsd!);
    expect(sim.score.stars).toBeLessThan(3);
  });

  it('active/active refuses a manual failover, with the reason', () => {
    const sim = simulate(scenario, {
      seed: 1,
      keepEvents: true,
      script: [
        { atSeconds: 0, command: { type: 'dr.setPosture', posture: 'activeActive', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } },
        { atSeconds: 3 * HOUR, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } },
      ],
    });
    expect(eventsOf(sim, 'command.rejected').map((e) => e.detail)).toEqual([expect.stringMatching(/^region\.failOver: multi-site active\/active fails over by itself: Route 53 health checks/)]);
    // Nothing moved until the Region really fell.
    expect(eventsOf(sim, 'dr.failoverStarted').map((e) => e.tick)[0]).toBeGreaterThan(OUTAGE_AT);
  });

  it('active/active bought a minute before the outage does not protect: its copy of the data cannot be built from a dead primary, nothing fails over, and the level is lost', () => {
    const boughtAt = OUTAGE_AT - 60;
    const sim = simulate(scenario, { seed: 1, keepEvents: true, script: [{ atSeconds: boughtAt, command: { type: 'dr.setPosture', posture: 'activeActive', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } }] });
    // The outage outlasts the 30 minutes the copy would have taken, and the copy waits for it.
    expect(OUTAGE_AT + scenario.faults.scheduled![0]!.durationSeconds!).toBeGreaterThan(boughtAt + DATABASE.crossRegionReplicaCreateTicks);
    expect(eventsOf(sim, 'database.replicaReady')).toEqual([]);
    expect(eventsOf(sim, 'dr.failoverStarted')).toEqual([]);
    expect(measured(sim).rto).toBeNull();
    expect(sim.score.outcome).toBe('lost');
  });

  it("the standby Region's fleet is an Auto Scaling group: a terminated instance is replaced", () => {
    const withAa = { ...scenario, estate: { ...scenario.estate, dr: { posture: 'activeActive' as const, primaryRegion: 'us-east-1', drRegion: 'us-west-2' } } };
    const world = createWorld(withAa, 1);
    const group = world.scalingGroups.find((g) => g.id === world.dr!.scalingGroupId)!;
    expect(group).toMatchObject({ regionId: 'us-west-2', desired: 4, min: 4, loadBalancerId: world.dr!.loadBalancerId });
    const victim = world.instances.find((i) => i.scalingGroupId === group.id)!.id;
    const sim = simulate(withAa, { seed: 1, keepEvents: true, script: [{ atSeconds: HOUR, command: { type: 'instance.terminate', instanceId: victim } }] });
    const launchedAfter = eventsOf(sim, 'instance.launched').filter((e) => e.tick >= HOUR && e.tick < HOUR + 120);
    expect(launchedAfter).toHaveLength(1);
    const members = sim.world.instances.filter((i) => i.scalingGroupId === group.id && i.state === 'running');
    expect(members).toHaveLength(4);
  });
});
