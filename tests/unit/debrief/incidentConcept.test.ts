import { describe, expect, it } from 'vitest';
import { simulate, type ScriptedCommand } from '../../../src/sim';
import { buildIncidentTimeline } from '../../../src/view/debrief/incidentTimeline';
import { composeLesson } from '../../../src/view/debrief/composeLesson';
import { badMinute, campaignLevel, ev } from './helpers';

/** The concepts each incident of a campaign run showed, on seed 1. */
function conceptsOfRun(name: string, script: 'win' | 'lose' | 'nothing') {
  const level = campaignLevel(name);
  const commands: ScriptedCommand[] = script === 'nothing' ? [] : level[script];
  const sim = simulate(level.scenario, { seed: 1, script: commands, keepEvents: true });
  const timeline = buildIncidentTimeline(sim.events, { durationSeconds: level.scenario.durationSeconds });
  return { timeline, score: sim.score, kinds: timeline.incidents.map((i) => i.concepts.map((c) => c.kind)), says: timeline.incidents.map((i) => i.concepts.map((c) => c.says).join('; ')) };
}

describe('the concept each incident showed, read from what the estate did', () => {
  it('spare tyre: the reference is High Availability (the group replaced the server); without a group it was down until the power returned', () => {
    const win = conceptsOfRun('04-spare-tyre', 'win');
    expect(win.kinds).toEqual([['highAvailability']]);
    expect(win.says[0]).toMatch(/^High Availability: replaced by the Auto Scaling group in \d+ min/);
    const nothing = conceptsOfRun('04-spare-tyre', 'nothing');
    expect(nothing.kinds).toEqual([['unprotected']]);
    expect(nothing.says[0]).toBe('No protection: down until the power returned');
  });

  it('second engine: the reference rides through (Fault Tolerance); the lose script, whose group rebuilds only after the power is back, is unprotected', () => {
    expect(conceptsOfRun('05-second-engine', 'win').kinds).toEqual([['faultTolerance']]);
    expect(conceptsOfRun('05-second-engine', 'lose').kinds).toEqual([['unprotected']]);
  });

  it('data tier: a Multi-AZ failover is High Availability; a restore from a snapshot is recovery by hand', () => {
    expect(conceptsOfRun('07-data-tier', 'win').says).toEqual([expect.stringMatching(/^High Availability: the Multi-AZ standby database took over in 1 min \d+ s$/)]);
    expect(conceptsOfRun('07-data-tier', 'lose').kinds).toEqual([['byHand']]);
  });

  it('parachute: failing over to us-west-2 is Disaster Recovery; with no posture the Region outage is never recovered', () => {
    expect(conceptsOfRun('08-parachute', 'win').says).toEqual([expect.stringMatching(/^Disaster Recovery: failed over to us-west-2 in \d+ min/)]);
    expect(conceptsOfRun('08-parachute', 'lose').says).toEqual(['No protection: not recovered by the end of the run']);
  });

  it('flash sale: a spike ridden through by scaling out is scaling, not Fault Tolerance', () => {
    const win = conceptsOfRun('09-flash-sale', 'win');
    expect(win.kinds.length).toBeGreaterThan(0);
    for (const k of win.kinds) expect(k).toEqual(['scaling']);
  });

  it('a fault that hits a service already down (an earlier incident still open) is not Fault Tolerance', () => {
    const events = [ev(100, 'fault.started', 'db', 'database.primaryFailure'), ev(100, 'database.primaryLost', 'db', 'use1-az1'), badMinute(120), badMinute(180), badMinute(240), ev(200, 'fault.started', 'i-1', 'instance.terminate'), ev(200, 'instance.terminated', 'i-1')];
    events.sort((a, b) => a.tick - b.tick);
    const incidents = buildIncidentTimeline(events, { durationSeconds: 3600 }).incidents;
    expect(incidents.map((i) => i.outcome)).toEqual(['recovered', 'rodeThrough']);
    expect(incidents[1]!.concepts).toEqual([{ kind: 'unprotected', says: 'No protection: the service was already down when it began' }]);
  });

  it('a player-launched replacement is recovery by hand, a group-launched one High Availability', () => {
    const common = [ev(100, 'fault.started', 'i-1', 'instance.terminate'), ev(100, 'instance.terminated', 'i-1'), badMinute(120)];
    const byPlayer = [...common, ev(130, 'instance.launched', 'i-2', 'm5.large in use1-az1'), ev(130, 'command.accepted', 'i-2', 'instance.launch'), ev(200, 'target.markedHealthy', 'i-2', 'alb')];
    const byGroup = [...common, ev(130, 'scalingGroup.replacingUnhealthy', 'asg', undefined, 1), ev(130, 'instance.launched', 'i-2', 'm5.large in use1-az1'), ev(200, 'target.markedHealthy', 'i-2', 'alb')];
    const kinds = (events: typeof common) => buildIncidentTimeline(events, { durationSeconds: 3600 }).incidents.map((i) => i.concepts.map((c) => c.kind));
    expect(kinds(byPlayer)).toEqual([['byHand']]);
    expect(kinds(byGroup)).toEqual([['highAvailability']]);
  });
});

describe('the debrief lesson composed from the run', () => {
  const at = (tick: number) => `t${tick}`;
  const asRun = (r: ReturnType<typeof conceptsOfRun>) => ({ uptimePct: r.score.uptimePct, costUsd: r.score.costUsd, timeline: r.timeline });

  it('names the spare tyre only for a run that showed High Availability, and says what the reference did for one that did not', () => {
    const win = asRun(conceptsOfRun('04-spare-tyre', 'win'));
    const nothing = asRun(conceptsOfRun('04-spare-tyre', 'nothing'));
    const used = composeLesson(win, win, at);
    const skipped = composeLesson(nothing, win, at);
    expect(used.meaning.join(' ')).toContain('spare tyre');
    expect(skipped.meaning.join(' ')).not.toContain('spare tyre');
    expect(skipped.meaning.join(' ')).toContain('Nothing protected the service');
    expect(skipped.comparison).toMatch(/^What High Availability would have changed: on this seed the level's reference run kept 98\.\d\d % uptime for \$[\d.]+; yours kept 8\d\.\d\d % for \$[\d.]+ \(High Availability: replaced by the Auto Scaling group in/);
    expect(used.comparison).toMatch(/you did as well on uptime/);
    expect(used.happened).toEqual([expect.stringMatching(/^t\d+ AZ power interruption: use1-az\d — High Availability: replaced by the Auto Scaling group in/)]);
  });

  it('counts the rest by concept when a run has many incidents, and says so when no fault hit', () => {
    const churn = asRun(conceptsOfRun('06-spot-and-churn', 'win'));
    const lesson = composeLesson(churn, null, at);
    expect(churn.timeline.incidents.length).toBeGreaterThan(10);
    expect(lesson.happened.at(-1)).toMatch(/^\d+ more incidents: .*\d+ showed Fault Tolerance\.$/);
    expect(lesson.comparison).toBeNull();
    const quiet = asRun(conceptsOfRun('02-vertical-scaling', 'win'));
    expect(composeLesson(quiet, null, at).happened).toEqual(['No fault hit this run.']);
  });
});
