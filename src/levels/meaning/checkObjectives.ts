import { slowFraction } from '../../sim';
import type { ProblemList } from '../problems';
import { estimateStartingCost } from './estimateStartingCost';
import type { LevelIndex } from './levelIndex';

/** Defaults the simulation uses when a level leaves these out (src/sim/systems/routeTraffic.ts, measureUptime.ts). */
const DEFAULT_SERVICE_MS = 20;
const DEFAULT_LATENCY_SLO_MS = 500;
const DEFAULT_BAD_MINUTE_PCT = 1;

/**
 * The objectives can be met in principle: a perfect player on an idle fleet can have good minutes,
 * requests have somewhere to go, and the starting estate alone does not spend the budget.
 */
export function checkObjectives(index: LevelIndex, problems: ProblemList): void {
  const { level } = index;
  const o = level.objectives;
  const t = level.traffic;

  // Even an idle server answers some requests slower than the SLO (M/M/1, src/sim/traffic/queueing.ts).
  const serviceMs = t.serviceMs ?? DEFAULT_SERVICE_MS;
  const sloMs = t.latencySloMs ?? DEFAULT_LATENCY_SLO_MS;
  const badPct = o.badMinuteFailedPct ?? DEFAULT_BAD_MINUTE_PCT;
  // Only flagged from 1 % up: smaller shares round away to no slow request at all at real demand.
  const idleSlowPct = slowFraction(0, serviceMs, sloMs) * 100;
  if (idleSlowPct > badPct && idleSlowPct >= 1) {
    // P(slower than SLO) = e^(−SLO/serviceMs) at zero load, so SLO ≥ serviceMs · ln(100 / badPct).
    const neededMs = Math.ceil(serviceMs * Math.log(100 / Math.max(badPct, 0.01)));
    problems.add(
      ['traffic', t.latencySloMs !== undefined ? 'latencySloMs' : 'serviceMs'],
      `with serviceMs ${serviceMs} and latencySloMs ${sloMs}, ${round1(idleSlowPct)} % of requests miss the latency SLO even on an idle server, more than the ${badPct} % a good minute allows, so the SLA cannot be met`,
      `make latencySloMs at least ${neededMs}, lower serviceMs, or raise objectives.badMinuteFailedPct`,
    );
  }

  const hasDemand = t.curves.some((c) => (c.kind === 'steady' ? c.rps : c.kind === 'ramp' ? Math.max(c.fromRps, c.toRps) : c.kind === 'dailyWave' ? c.peakRps : c.extraRps) > 0);
  if (hasDemand && (level.estate.dns?.endpoints.length ?? 0) === 0 && !level.estate.dr) {
    problems.add(['estate'], 'there is demand but no DNS endpoint, so no request can reach the service and the SLA cannot be met', 'add estate.dns.endpoints pointing at a load balancer or an instance');
  }

  if (o.budgetUsd !== undefined) {
    const cost = estimateStartingCost(level);
    if (cost.totalMicros > o.budgetUsd * 1_000_000) {
      const parts = Object.entries(cost.micros).map(([k, v]) => `${k} ${usd(v)}`).join(', ');
      problems.add(
        ['objectives', 'budgetUsd'],
        `the starting estate alone costs about ${usd(cost.totalMicros)} over the level's ${duration(level.durationSeconds)}, more than the budget of ${usd(o.budgetUsd * 1_000_000)}`,
        `raise budgetUsd to at least ${usd(Math.ceil(cost.totalMicros / 10_000) * 10_000)}, or start with a smaller estate; estimate: ${parts}`,
      );
    }
  }

  const par = level.par;
  if (par?.uptimePct !== undefined && par.uptimePct < o.slaPct) {
    problems.add(['par', 'uptimePct'], `the par uptime (${par.uptimePct} %) is below the SLA target (${o.slaPct} %): the reference solution would lose`);
  }
}

function usd(micros: number): string {
  return `$${(micros / 1_000_000).toFixed(2)}`;
}

function round1(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minutes`;
  return `${seconds} seconds`;
}
