import { describe, expect, it } from 'vitest';
import { simulate, type ScenarioSpec } from '../../../src/sim';
import { EAST, scenario } from './build';

/**
 * The cooldown defect (issue 9): a group with `cooldownSeconds: 1200` and a target-tracking policy
 * used to scale in again and again while its scaling machine read `cooldown` — the autoscaler applied
 * its decision, the machine refused SCALE_IN, and the caller kept the old state. The machine is in
 * charge now: a scale-in happens only when it accepts SCALE_IN (from `steady`), and the group then
 * cools down for its cooldown before the next.
 */
const level: ScenarioSpec = scenario({
  durationSeconds: 4 * 3600,
  // Busy for the first 10 minutes, then quiet: the group has far more instances than it needs.
  traffic: { curves: [{ kind: 'ramp', fromRps: 700, toRps: 120, startSeconds: 600, endSeconds: 660 }] },
  estate: {
    loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones] }],
    scalingGroups: [
      {
        id: 'web',
        region: 'us-east-1',
        zones: [...EAST.zones],
        type: 'm5.large',
        min: 1,
        max: 12,
        desired: 10,
        loadBalancer: 'web-alb',
        cooldownSeconds: 1200,
        policy: { metric: 'cpu', target: 60 },
      },
    ],
    dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
    sessions: 'store',
  },
});

describe('Auto Scaling cooldown: the scaling machine is in charge', () => {
  it('leaves cooldown before every further scale-in, and the machine records each scale-in', () => {
    const scaleIns: { tick: number; stateAfter: string }[] = [];
    const cooled: number[] = [];
    simulate(level, {
      seed: 1,
      afterStep: (world, events) => {
        for (const e of events) {
          if (e.type === 'scalingGroup.scaledIn') scaleIns.push({ tick: e.tick, stateAfter: world.scalingGroups[0]!.state });
          if (e.type === 'scalingGroup.cooledDown') cooled.push(e.tick);
        }
      },
    });
    // The lesson needs several scale-ins to mean anything.
    expect(scaleIns.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < scaleIns.length; i++) {
      const s = scaleIns[i]!;
      // The scale-in moved the machine: it is scaling in, or already settled into a fresh cooldown.
      expect(['scalingIn', 'cooldown'], `state after the scale-in at ${s.tick}`).toContain(s.stateAfter);
      if (i === 0) continue;
      const previous = scaleIns[i - 1]!.tick;
      // Between two scale-ins the group cooled down (the machine went back to steady) …
      expect(cooled.some((t) => t > previous && t <= s.tick), `a cooldown ended between the scale-ins at ${previous} and ${s.tick}`).toBe(true);
      // … and that took the whole cooldown.
      expect(s.tick - previous).toBeGreaterThanOrEqual(1200);
    }
  });
});
