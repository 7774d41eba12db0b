import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/sim';
import { buildIncidentTimeline, SETTLE_SECONDS } from '../../../src/view/debrief/incidentTimeline';
import { badMinute, campaignLevel, ev } from './helpers';

const DURATION = 10_800;

describe('the incident timeline', () => {
  it('measures an AZ outage healed by Auto Scaling: detection, a replacement, recovery, MTTD/MTTR/RTO', () => {
    const events = [
      ev(0, 'instance.launched', 'i-1', 'm5.large in use1-az1'),
      ev(70, 'target.markedHealthy', 'i-1', 'shop-alb'),
      ev(3600, 'zone.outageStarted', 'use1-az1', 'power interruption'),
      ev(3600, 'fault.started', 'use1-az1', 'zone.powerInterruption', 1800),
      ev(3600, 'scalingGroup.replacingUnhealthy', 'asg-1', undefined, 1),
      ev(3600, 'instance.launched', 'i-6', 'm5.large in use1-az2'),
      badMinute(3600),
      ev(3670, 'target.markedHealthy', 'i-6', 'shop-alb'),
      badMinute(3660),
      ev(5400, 'fault.ended', 'use1-az1', 'zone.powerInterruption'),
    ];
    const t = buildIncidentTimeline(events, { durationSeconds: DURATION });
    expect(t.incidents).toHaveLength(1);
    const inc = t.incidents[0]!;
    expect(inc).toMatchObject({
      number: 1,
      startTick: 3600,
      title: 'AZ power interruption: use1-az1',
      endTick: 5400,
      badMinutes: 2,
      ttdSeconds: 0,
      ttrSeconds: 120,
      rtoSeconds: 120,
      rpoSeconds: 0,
      outcome: 'recovered',
    });
    expect(inc.detected).toEqual({ tick: 3600, what: 'Auto Scaling group asg-1 replacing an unhealthy instance' });
    expect(inc.mitigated?.tick).toBe(3670);
    expect(inc.mitigated?.what).toContain('Replacement i-6 healthy');
    expect(inc.recovered).toEqual({ tick: 3720, what: 'first good minute' });
    expect(t).toMatchObject({ strayBadMinutes: 0, mttdSeconds: 0, mttrSeconds: 120, worstRtoSeconds: 120, totalRpoSeconds: 0 });
  });

  it('makes one incident of everything that started in the same tick, and names each fault once', () => {
    const events = [
      ev(3000, 'zone.outageStarted', 'use1-az1'),
      ev(3000, 'database.primaryLost', 'db', 'use1-az1'),
      ev(3000, 'database.failoverStarted', 'db', 'to use1-az2'),
      ev(3000, 'fault.started', 'use1-az1', 'zone.powerInterruption', 1800),
      ev(3000, 'fault.started', 'use1-az2', 'zone.insufficientCapacity', 1800),
      ev(3000, 'fault.started', 'use1-az3', 'zone.insufficientCapacity', 1800),
      ev(3090, 'database.failedOver', 'db', 'primary now in use1-az2'),
    ];
    const [inc, ...rest] = buildIncidentTimeline(events, { durationSeconds: DURATION }).incidents;
    expect(rest).toEqual([]);
    expect(inc!.title).toBe('AZ power interruption: use1-az1 + No spare capacity in an AZ: use1-az2, use1-az3');
    expect(inc!.faults).toHaveLength(3);
    expect(inc!.detected?.tick).toBe(3000);
    expect(inc!.mitigated).toEqual({ tick: 3090, what: 'Database db failed over (primary now in use1-az2)' });
    // Rode through: no minute went bad, so nothing to recover from.
    expect(inc).toMatchObject({ outcome: 'rodeThrough', recovered: null, rtoSeconds: 0, ttrSeconds: null, badMinutes: 0 });
  });

  it('says when service had not recovered by the end of the run', () => {
    const events = [ev(10_500, 'fault.started', 'web-1', 'instance.terminate', 0), badMinute(10_680), badMinute(10_740)];
    const t = buildIncidentTimeline(events, { durationSeconds: DURATION });
    expect(t.incidents[0]).toMatchObject({ outcome: 'notRecovered', rtoSeconds: null, recovered: null, badMinutes: 2, endTick: 10_500 });
    expect(t.worstRtoSeconds).toBeNull();
  });

  it('does not blame a fault for bad minutes before it, or long after it ended', () => {
    const events = [
      badMinute(0),
      ev(600, 'fault.started', 'web-1', 'instance.reboot', 0),
      badMinute(600),
      badMinute(600 + SETTLE_SECONDS + 60),
    ];
    const t = buildIncidentTimeline(events, { durationSeconds: DURATION });
    expect(t.incidents[0]).toMatchObject({ badMinutes: 1, rtoSeconds: 60, outcome: 'recovered' });
    expect(t.strayBadMinutes).toBe(2);
  });

  it('gives each bad stretch to the latest incident that began before it, and bounds detection by the next incident', () => {
    const events = [
      ev(1000, 'fault.started', 'spot-1', 'instance.spotInterruption', 0),
      ev(2000, 'fault.started', 'traffic.spike', 'traffic.spike', 600),
      ev(2030, 'scalingGroup.scaledOut', 'web', 'metric 69 > 50', 6),
      ev(2040, 'instance.launched', 'i-9', 'm5.large in use1-az1'),
      badMinute(2040),
      ev(2100, 'target.markedHealthy', 'i-9', 'alb'),
      ev(2600, 'fault.ended', 'traffic.spike', 'traffic.spike'),
    ];
    const t = buildIncidentTimeline(events, { durationSeconds: DURATION });
    const [spot, spike] = t.incidents;
    expect(spot).toMatchObject({ title: 'Spot interruption: spot-1', detected: null, mitigated: null, badMinutes: 0, outcome: 'rodeThrough' });
    expect(spike).toMatchObject({ number: 2, title: 'Traffic spike', endTick: 2600, badMinutes: 1, ttdSeconds: 30, rtoSeconds: 100, ttrSeconds: 70 });
    expect(spike!.detected?.what).toBe('Auto Scaling alarm: web scaling out to 6');
    expect(spike!.mitigated?.tick).toBe(2100);
    expect(t.mttdSeconds).toBe(30);
  });

  it('takes a replacement launch as the reaction to a terminated instance (Auto Scaling has no health event for it)', () => {
    const events = [
      ev(6712, 'fault.started', 'i-3', 'instance.terminate', 0),
      ev(6720, 'instance.launched', 'i-19', 'm5.large in use1-az1'),
      ev(6790, 'target.markedHealthy', 'i-19', 'shop-alb'),
    ];
    const inc = buildIncidentTimeline(events, { durationSeconds: DURATION }).incidents[0]!;
    expect(inc.detected).toEqual({ tick: 6720, what: 'i-19 launched (m5.large in use1-az1) in response' });
    expect(inc).toMatchObject({ ttdSeconds: 8, outcome: 'rodeThrough', rtoSeconds: 0 });
    expect(inc.mitigated?.tick).toBe(6790);
  });

  it('counts only replacements as mitigation, not old instances passing a check again', () => {
    const events = [
      ev(0, 'instance.launched', 'web-1', 'm5.large in use1-az1'),
      ev(500, 'fault.started', 'web-1', 'instance.reboot', 0),
      ev(560, 'target.markedHealthy', 'web-1', 'alb'),
    ];
    expect(buildIncidentTimeline(events, { durationSeconds: DURATION }).incidents[0]!.mitigated).toBeNull();
  });

  it('adds up the writes lost after each incident (RPO), and keeps stray losses apart', () => {
    const events = [
      ev(100, 'database.dataLost', 'db', '30 s of writes', 30),
      ev(5520, 'database.primaryLost', 'db', 'use1-az1'),
      ev(5520, 'database.down', 'db'),
      ev(5520, 'fault.started', 'db', 'database.primaryFailure', 0),
      ev(5580, 'database.dataLost', 'db', '120 s of writes', 120),
      ev(5640, 'database.restored', 'db', 'from backup'),
    ];
    const t = buildIncidentTimeline(events, { durationSeconds: DURATION });
    expect(t.incidents[0]).toMatchObject({ title: 'Database primary failure: db', rpoSeconds: 120, detected: null });
    expect(t.incidents[0]!.mitigated?.tick).toBe(5640);
    expect(t).toMatchObject({ totalRpoSeconds: 120, strayDataLostSeconds: 30 });
  });

  it('is empty for a run without faults', () => {
    expect(buildIncidentTimeline([badMinute(0)], { durationSeconds: DURATION })).toEqual({
      incidents: [],
      strayBadMinutes: 1,
      strayDataLostSeconds: 0,
      mttdSeconds: null,
      mttrSeconds: null,
      worstRtoSeconds: null,
      totalRpoSeconds: 0,
    });
  });
});

describe('the incident timeline of real campaign runs', () => {
  it('04 spare tyre, reference solution: the AZ outage costs two minutes, healed by a replacement in another AZ', () => {
    const { scenario, win } = campaignLevel('04-spare-tyre');
    const sim = simulate(scenario, { seed: 1, script: win, keepEvents: true });
    const t = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds });
    expect(t.incidents).toHaveLength(1);
    const inc = t.incidents[0]!;
    expect(inc).toMatchObject({ startTick: 3600, outcome: 'recovered', ttdSeconds: 0 });
    // The fleet is spread evenly, so the busiest AZ is a seeded pick among the three.
    expect(inc.title).toMatch(/^AZ power interruption: use1-az[123]$/);
    expect(inc.mitigated!.tick).toBeGreaterThan(3600);
    expect(inc.rtoSeconds).toBe(sim.score.longestOutageSeconds);
    expect(inc.badMinutes).toBe(Math.round(((100 - sim.score.uptimePct) * scenario.durationSeconds) / 6000));
  });

  it('04 spare tyre, without the lesson: the whole shop is down until the AZ comes back', () => {
    const { scenario, lose } = campaignLevel('04-spare-tyre');
    const sim = simulate(scenario, { seed: 1, script: lose, keepEvents: true });
    const inc = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds }).incidents[0]!;
    expect(inc.rtoSeconds).toBe(sim.score.longestOutageSeconds);
    expect(inc.rtoSeconds!).toBeGreaterThan(1800);
    expect(inc.recovered!.tick).toBeGreaterThan(inc.endTick);
  });

  it('07 data tier, without Multi-AZ: the restore loses writes, and the RPO says how many', () => {
    const { scenario, lose } = campaignLevel('07-data-tier');
    const sim = simulate(scenario, { seed: 1, script: lose, keepEvents: true });
    const t = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds });
    expect(t.totalRpoSeconds).toBe(sim.score.dataLostSeconds);
    expect(t.totalRpoSeconds).toBeGreaterThan(0);
  });

  it('08 parachute, reference solution: health checks notice the Region outage, DNS moves, the DR Region takes over', () => {
    const { scenario, win } = campaignLevel('08-parachute');
    const sim = simulate(scenario, { seed: 1, script: win, keepEvents: true });
    const t = buildIncidentTimeline(sim.events, { durationSeconds: scenario.durationSeconds });
    const inc = t.incidents.find((i) => i.title.startsWith('Region outage'))!;
    expect(inc.detected!.tick).toBeGreaterThan(inc.startTick);
    expect(inc.mitigated!.tick).toBeGreaterThan(inc.detected!.tick);
    expect(inc.outcome).toBe('recovered');
    expect(t.totalRpoSeconds + t.strayDataLostSeconds).toBe(sim.score.dataLostSeconds);
  });
});
