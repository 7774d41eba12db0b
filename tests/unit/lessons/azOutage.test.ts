import { describe, expect, it } from 'vitest';
import { instanceType } from '../../../src/sim';
import { badMinutes, EAST, eventsOf, run, scenario, webTier } from './build';

const azPowerCut = { scheduled: [{ atSeconds: 3600, kind: 'zone.powerInterruption' as const, target: 'use1-az1', durationSeconds: 1800 }] };

describe('an AZ outage: one AZ vs three', () => {
  // The same capacity and price both ways: one m5.2xlarge (400 req/s, $0.384/h) or four m5.large.
  const single = scenario({ estate: webTier(1, 'm5.2xlarge', ['use1-az1']), faults: azPowerCut, objectives: { slaPct: 99 } });
  const spread = scenario({ estate: webTier(4, 'm5.large', EAST.zones), faults: azPowerCut, objectives: { slaPct: 99 } });

  it('one instance in one AZ misses the SLA: it is down for the whole power cut', () => {
    const sim = run(single);
    // 30 minutes dark plus the reboot afterwards.
    expect(badMinutes(sim)).toBeGreaterThanOrEqual(31);
    expect(sim.score.uptimePct).toBeLessThan(99);
    expect(sim.score.outcome).toBe('lost');
  });

  it('the same capacity over three AZs keeps the SLA through the same outage', () => {
    const sim = run(spread);
    expect(badMinutes(sim)).toBeLessThanOrEqual(1);
    expect(sim.score.uptimePct).toBeGreaterThanOrEqual(99);
    expect(sim.score.outcome).toBe('won');
    // Spreading out costs nothing extra: 4 × m5.large bills the same hourly rate as 1 × m5.2xlarge.
    expect(4 * instanceType('m5.large')!.priceMicrosPerHour).toBe(instanceType('m5.2xlarge')!.priceMicrosPerHour);
    // Three hours of 4 × $0.096/h, less what the two az1 instances did not run: stopped for the
    // 1,800 s power cut and pending for the 40 s boot after it — exact to the micro-dollar.
    expect(sim.world.ledger.micros.compute).toBe(Math.floor(3 * 4 * 96_000 - (2 * 96_000 * (1800 + 40)) / 3600));
  });

  it('the load balancer keeps sending to the dead AZ until its health check catches it', () => {
    const sim = run(spread);
    const caught = eventsOf(sim, 'target.markedUnhealthy').filter((e) => e.tick >= 3600);
    expect(caught.map((e) => e.subject).sort()).toEqual(['web-1', 'web-4']);
    for (const e of caught) {
      // Two failed probes 30 s apart: caught between 30 and 60 s after the power went.
      expect(e.tick - 3600).toBeGreaterThanOrEqual(30);
      expect(e.tick - 3600).toBeLessThanOrEqual(60);
    }
  });
});
