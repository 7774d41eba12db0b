import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/runtime/session';
import { currentStop, pauseTicks, predictionStops, questionFor, stopPhase } from '../../../src/view/classroom/predictionStops';
import { campaignLevel } from '../debrief/helpers';

describe('"What will happen?": the clock stops 30 s before each scheduled fault', () => {
  it('04 spare tyre: one stop at 00:59:30 for the power cut at 01:00:00', () => {
    const stops = predictionStops(campaignLevel('04-spare-tyre').scenario, 1);
    expect(stops).toEqual([{ pauseTick: 3570, faultTick: 3600, faults: [expect.objectContaining({ kind: 'zone.powerInterruption', target: 'busiest' })] }]);
    // Which AZ is chosen when the power goes: the question cannot name it yet.
    expect(questionFor(stops[0]!, 3570)).toBe('In 30 s: a power cut in the busiest AZ. What will happen?');
  });

  it('faults that start together share one stop, and say so in one sentence', () => {
    const stops = predictionStops(campaignLevel('10-chaos-day').scenario, 1);
    expect(stops.map((s) => [s.pauseTick, s.faultTick, s.faults.length])).toEqual([
      [3570, 3600, 4],
      [8970, 9000, 1],
      [17070, 17100, 1],
    ]);
    expect(questionFor(stops[0]!, 3570)).toBe('In 30 s: a power cut in the busiest AZ, and no spare capacity in use1-az1, use1-az2 and use1-az3. What will happen?');
    expect(questionFor(stops[2]!, 17080)).toBe('In 20 s: an outage of Region us-east-1. What will happen?');
    const flash = predictionStops(campaignLevel('09-flash-sale').scenario, 1);
    expect(questionFor(flash[0]!, flash[0]!.pauseTick)).toMatch(/^In 30 s: a traffic spike to [\d.]+× normal demand\. What will happen\?$/);
  });

  it('a fault less than 30 s in stops at tick 0; a level without scheduled faults never stops', () => {
    expect(predictionStops({ faults: { scheduled: [{ atSeconds: 12, kind: 'traffic.spike' }] } }, 1)).toEqual([{ pauseTick: 0, faultTick: 12, faults: [{ atSeconds: 12, kind: 'traffic.spike' }] }]);
    expect(predictionStops(campaignLevel('01-lifecycle').scenario, 1)).toEqual([]);
  });

  it('phases: before the stop, asking until the fault tick has run, then over', () => {
    const [stop] = predictionStops(campaignLevel('04-spare-tyre').scenario, 1);
    expect([3569, 3570, 3600, 3601].map((t) => stopPhase(stop!, t))).toEqual(['before', 'ask', 'ask', 'after']);
    expect(currentStop([stop!], 100)).toBeNull();
    expect(currentStop([stop!], 5000)).toBe(stop);
  });

  it('the real-time loop stops exactly on the pause tick, even mid-frame at high speed', () => {
    const scenario = campaignLevel('04-spare-tyre').scenario;
    const session = new GameSession({ scenario, seed: 1 });
    session.pauseAt = pauseTicks(predictionStops(scenario, 1));
    session.setSpeedFactor(8); // 45 × 8 = 360 simulated seconds per real second
    let now = 0;
    session.loop.frame(now);
    while (!session.loop.paused) session.loop.frame((now += 1000 / 60));
    expect(session.world.tick).toBe(3570);
    // Paused frames do not move it; resuming runs on through the fault.
    session.loop.frame((now += 1000));
    expect(session.world.tick).toBe(3570);
    session.loop.resume();
    session.loop.frame((now += 1000 / 60));
    session.loop.frame((now += 1000 / 60));
    expect(session.world.tick).toBeGreaterThan(3570);
    // Single steps ignore the stops.
    const stepped = new GameSession({ scenario, seed: 1, paused: true });
    stepped.pauseAt = new Set([5]);
    stepped.advance(10);
    expect(stepped.world.tick).toBe(10);
  });
});
