import { describe, expect, it } from 'vitest';
import { RECORDER_MAX_EVENTS } from '../../src/runtime/recorder';
import { GameSession } from '../../src/runtime/session';
import { campaignLevel } from './debrief/helpers';

describe('the recorder keeps the first RECORDER_MAX_EVENTS events and counts the rest', () => {
  it('a run that terminates instances every few seconds keeps the first events, says how many it dropped and up to when it kept them all', () => {
    const { scenario } = campaignLevel('04-spare-tyre');
    // An Auto Scaling group replaces every instance that a fault terminates, once a minute each.
    const fleet = { id: 'fleet', region: 'us-east-1', zones: ['use1-az1', 'use1-az2', 'use1-az3'], type: 'm5.large', min: 30, max: 30, desired: 30, loadBalancer: 'shop-alb' };
    const churn = { ...scenario, estate: { ...scenario.estate, scalingGroups: [fleet] }, faults: { ...scenario.faults, random: [{ kind: 'instance.terminate' as const, perHour: 60 }] } };
    const session = new GameSession({ scenario: churn, seed: 1, paused: true });
    session.advance(churn.durationSeconds);
    const r = session.recorder;
    expect(r.events).toHaveLength(RECORDER_MAX_EVENTS);
    expect(r.eventsDropped()).toBeGreaterThan(0);
    const through = r.eventsKeptThroughTick();
    expect(through).toBeLessThan(churn.durationSeconds);
    // Every event up to that tick is kept; the first dropped one is later.
    expect(r.events.at(-1)!.tick).toBeGreaterThanOrEqual(through);
  });

  it('a quiet run drops nothing', () => {
    const { scenario } = campaignLevel('04-spare-tyre');
    const session = new GameSession({ scenario, seed: 1, paused: true });
    session.advance(scenario.durationSeconds);
    expect(session.recorder.eventsDropped()).toBe(0);
    expect(session.recorder.events.length).toBeLessThan(RECORDER_MAX_EVENTS);
  });
});
