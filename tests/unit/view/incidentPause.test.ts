import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/runtime/session';
import type { SimEvent } from '../../../src/sim';
import { incidentPause } from '../../../src/view/play/incidentPause';
import { campaignLevel } from '../debrief/helpers';

/** Runs the real-time loop (60 frames a second) until it pauses itself, or `maxTick`. */
function runUntilPaused(session: GameSession, maxTick: number): void {
  let now = 0;
  session.loop.frame(now);
  while (!session.loop.paused && session.world.tick < maxTick) session.loop.frame((now += 1000 / 60));
}

const started = (tick: number, kind: string, subject: string): SimEvent => ({ tick, type: 'fault.started', subject, detail: kind, value: 300 }) as SimEvent;

describe('pacing for people: the clock stops when a fault starts or an alarm fires', () => {
  it('04 spare tyre: the real-time loop stops on the power cut\'s own tick and says why, even at 8×', () => {
    const session = new GameSession({ scenario: campaignLevel('04-spare-tyre').scenario, seed: 1 });
    session.pauseWhen = incidentPause(session, { enabled: () => true });
    session.setSpeedFactor(8); // 360 simulated seconds per real second: six a frame
    runUntilPaused(session, 10_000);
    expect(session.loop.paused).toBe(true);
    expect(session.recorder.events.filter((e) => e.type === 'fault.started').map((e) => e.tick)).toEqual([3600]);
    expect(session.world.tick).toBe(3601);
    expect(session.pauseReason).toBe('Paused: a power cut in use1-az1 — press Space to continue');
    // Resuming forgets the reason. The alarms the outage sets off are its own story: they do not stop it again.
    session.resume();
    expect(session.pauseReason).toBeNull();
    runUntilPaused(session, 5000);
    expect(session.world.tick).toBeGreaterThanOrEqual(5000);
    expect(session.loop.paused).toBe(false);
  });

  it('02 vertical scaling: an alarm stops the clock when it fires, with its figure', () => {
    const session = new GameSession({ scenario: campaignLevel('02-vertical-scaling').scenario, seed: 1 });
    session.pauseWhen = incidentPause(session, { enabled: () => true });
    session.setSpeedFactor(8);
    runUntilPaused(session, 72_000);
    expect(session.loop.paused).toBe(true);
    // The advert's ramp (from 08:00, tick 50,400) overloads the one server.
    expect(session.world.tick).toBeGreaterThan(50_400);
    expect(session.pauseReason).toMatch(/^Paused: an alarm fired: ErrorRate > 1 % \([\d.]+ %\) — press Space to continue$/);
  });

  it('switched off, it never stops the clock', () => {
    const session = new GameSession({ scenario: campaignLevel('04-spare-tyre').scenario, seed: 1 });
    session.pauseWhen = incidentPause(session, { enabled: () => false });
    session.setSpeedFactor(8);
    runUntilPaused(session, 4000);
    expect(session.world.tick).toBeGreaterThanOrEqual(4000);
    expect(session.pauseReason).toBeNull();
  });

  it('single steps and advance are already paused: they record the reason without stopping', () => {
    const session = new GameSession({ scenario: campaignLevel('04-spare-tyre').scenario, seed: 1, paused: true });
    session.pauseWhen = incidentPause(session, { enabled: () => true });
    session.advance(3601);
    expect(session.world.tick).toBe(3601);
    expect(session.pauseReason).toBe('Paused: a power cut in use1-az1 — press Space to continue');
  });

  it('a fault on one instance stops it the first time of each kind; an AZ fault every time; a classroom stop covers its faults', () => {
    const session = new GameSession({ scenario: campaignLevel('06-spot-and-churn').scenario, seed: 1, paused: true });
    const covered = new Set([9000]);
    const pause = incidentPause(session, { enabled: () => true, covered: (t) => covered.has(t) });
    expect(pause([started(10, 'instance.spotInterruption', 'spot-1'), started(10, 'instance.spotInterruption', 'spot-2'), started(10, 'zone.insufficientCapacity', 'use1-az1')])).toBe(
      'Paused: a spot interruption of spot-1 and spot-2, and no spare capacity in use1-az1 — press Space to continue',
    );
    expect(pause([started(20, 'instance.spotInterruption', 'i-0007')])).toBeNull();
    expect(pause([started(30, 'instance.terminate', 'i-0008')])).toBe('Paused: i-0008 terminated — press Space to continue');
    expect(pause([started(40, 'zone.insufficientCapacity', 'use1-az1')])).toBe('Paused: no spare capacity in use1-az1 — press Space to continue');
    expect(pause([started(9000, 'zone.powerInterruption', 'use1-az2')])).toBeNull();
  });
});
