import type { DemandCurve } from '../core/scenario';
import type { World } from '../core/world';
import { nextFloat } from '../core/rng';

const DAY = 86_400;
const PI = 3.141592653589793;

/**
 * Requests per second wanted this tick: the level's curves summed, times the seeded noise, times any
 * traffic-spike fault. Aggregated per tick — never one object per request.
 */
export function demandAt(world: World, tick: number): number {
  const spec = world.scenario.traffic;
  let rps = 0;
  for (const c of spec.curves) rps += curveAt(c, tick);
  const noisePct = spec.noisePct ?? 0;
  // Always draw, so the random stream does not depend on whether noise is on.
  const u = nextFloat(world);
  rps *= 1 + ((u * 2 - 1) * noisePct) / 100;
  rps = (rps * world.trafficSpikePct) / 100;
  return rps > 0 ? rps : 0;
}

export function curveAt(c: DemandCurve, tick: number): number {
  switch (c.kind) {
    case 'steady':
      return c.rps;
    case 'ramp': {
      if (tick <= c.startSeconds) return c.fromRps;
      if (tick >= c.endSeconds) return c.toRps;
      return c.fromRps + ((c.toRps - c.fromRps) * (tick - c.startSeconds)) / (c.endSeconds - c.startSeconds);
    }
    case 'dailyWave': {
      // A smooth wave peaking at peakHour and bottoming 12 h later. Only + − × ÷ (Bhaskara's
      // rational sine), so every engine computes the same demand.
      const phase = (((tick - c.peakHour * 3600 + DAY / 4) % DAY) + DAY) % DAY;
      const x = (phase / DAY) * 2 * PI; // sine peaks at π/2, which is peakHour
      const s = x <= PI ? bhaskaraSin(x) : -bhaskaraSin(x - PI);
      return c.baseRps + ((c.peakRps - c.baseRps) * (1 + s)) / 2;
    }
    case 'spike':
      return tick >= c.atSeconds && tick < c.atSeconds + c.durationSeconds ? c.extraRps : 0;
  }
}

/** sin(x) for x in [0, π], within 0.2 %: 16x(π−x) / (5π² − 4x(π−x)). */
function bhaskaraSin(x: number): number {
  const p = x * (PI - x);
  return (16 * p) / (5 * PI * PI - 4 * p);
}
