import { describe, expect, it } from 'vitest';
import { PRICES, SECONDS_PER_BILLING_MONTH } from '../../../src/sim';
import { at, eventsOf, run, scenario, webTier } from './build';

const HOUR = 3600;
const oneInstance = () => scenario({ estate: webTier(1, 'm5.large', ['use1-az1']), durationSeconds: 3 * HOUR, traffic: { curves: [{ kind: 'steady', rps: 10 }] } });
/** µ$ for an 8 GB gp3 volume over `seconds`, before rounding. */
const diskMicros = (seconds: number) => (8 * PRICES.ebsGbMonthMicros * seconds) / SECONDS_PER_BILLING_MONTH;

describe('EC2 lifecycle and billing', () => {
  it('running bills compute by the second', () => {
    const sim = run(oneInstance());
    expect(sim.world.ledger.micros.compute).toBe(3 * 96_000);
    expect(sim.world.ledger.micros.disks).toBe(Math.floor(diskMicros(3 * HOUR)));
  });

  it('a stopped instance bills only its disks', () => {
    // Stopped after one hour: compute stops at the moment it leaves running; the disk keeps billing.
    const sim = run(oneInstance(), [at(HOUR, { type: 'instance.stop', instanceId: 'web-1' })]);
    expect(sim.world.instances[0]!.state).toBe('stopped');
    expect(sim.world.ledger.micros.compute).toBe(96_000);
    expect(sim.world.ledger.micros.disks).toBe(Math.floor(diskMicros(3 * HOUR)));
  });

  it('a terminated instance bills nothing — not even disks — and cannot be started', () => {
    const sim = run(oneInstance(), [
      at(HOUR, { type: 'instance.terminate', instanceId: 'web-1' }),
      at(HOUR + 100, { type: 'instance.start', instanceId: 'web-1' }),
    ]);
    // Billed while running; shutting-down and terminated bill nothing; the root volume is deleted.
    expect(sim.world.ledger.micros.compute).toBe(96_000);
    expect(sim.world.ledger.micros.disks).toBe(Math.floor(diskMicros(HOUR + 20)));
    expect(eventsOf(sim, 'command.rejected')[0]!.detail).toBe(
      'instance.start: web-1 is terminated: a terminated instance cannot be started (launch a new one)',
    );
  });

  it('bills at least 60 seconds each time an instance enters running', () => {
    const sim = run(oneInstance(), [
      at(0, { type: 'instance.terminate', instanceId: 'web-1' }),
      at(0, { type: 'instance.launch', zoneId: 'use1-az1', instanceType: 'm5.large' }),
      at(70, { type: 'instance.stop', instanceId: 'i-0001' }),
    ]);
    // web-1: terminated at tick 0 before billing anything → the 60 s minimum. i-0001: running from
    // tick 40 (boot), stopped at 70 after 30 s → also rounded up to 60 s.
    expect(sim.world.ledger.micros.compute).toBe((2 * 60 * 96_000) / HOUR);
  });

  it('spot costs less than on-demand, and is reclaimed two minutes after its notice', () => {
    const s = scenario({
      estate: { ...webTier(0, 'm5.large', []), instances: [{ id: 'spot-1', zone: 'use1-az1', type: 'm5.large', purchase: 'spot', loadBalancer: 'web-alb' }] },
      durationSeconds: HOUR,
      faults: { scheduled: [{ atSeconds: 600, kind: 'instance.spotInterruption', target: 'spot-1' }] },
      traffic: { curves: [{ kind: 'steady', rps: 10 }] },
    });
    const sim = run(s);
    const notice = eventsOf(sim, 'instance.spotInterruptionNoticed')[0]!;
    const gone = eventsOf(sim, 'instance.shuttingDown')[0]!;
    expect(gone.tick - notice.tick).toBe(120);
    expect(sim.world.ledger.micros.compute).toBe((720 * 96_000 * 30) / 100 / HOUR);
  });
});
