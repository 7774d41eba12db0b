import { fail, ok } from '../../shared/result';
import { defineFault } from './defineFault';

/** Demand multiplier cap for traffic spikes, percent (10×). */
export const MAX_SPIKE_PCT = 1000;

/** Demand is multiplied for a while (a flash sale, a news story, a retry storm). */
export const trafficSpike = defineFault({
  kind: 'traffic.spike',
  summary: 'Demand jumps to a multiple of normal (`spikePct`, 300 = three times) for a while.',
  targets: 'none',
  defaultDurationSeconds: 900,
  check(_world, req) {
    const pct = req.spikePct ?? 300;
    return pct > 0 && pct <= MAX_SPIKE_PCT ? ok(pct) : fail(`spikePct must be above 0 and at most ${MAX_SPIKE_PCT}`);
  },
  start(world, pct) {
    // Overlapping spikes: the strongest one running sets demand.
    world.trafficSpikePct = Math.max(pct, world.faults.some((f) => f.kind === 'traffic.spike') ? world.trafficSpikePct : 0);
  },
  end(world) {
    const still = world.faults.filter((f) => f.kind === 'traffic.spike').map((f) => f.value);
    world.trafficSpikePct = still.length > 0 ? Math.max(...still) : 100;
  },
  pool: () => TRAFFIC,
  eligible: () => true,
});
const TRAFFIC = [{ id: 'traffic', state: 'available' }] as const;
