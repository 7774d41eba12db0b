import type { FailureCause } from '../core/metrics';
import type { TrafficParams } from './params';
import { meanLatencyMs, slowFraction } from './queueing';

/**
 * The requests one entry point (a DNS endpoint) sent down the request path in one tick, as the
 * stages handle them: served well, served too slowly, or failed, by cause.
 */
export class Route {
  good = 0;
  failed = 0;
  /** Failures by cause as plain fields: no keyed lookups in the hot path. */
  overloadFailed = 0;
  deadTargetFailed = 0;
  noRouteFailed = 0;
  sessionFailed = 0;
  slow = 0;
  latencyWeighted = 0;
  capacityRps = 0;
  /** Kilobytes that passed through a load balancer (its LCU charge). */
  lbKb = 0;
  /** The front component that served these requests (its calls follow), or null when none did. */
  front: string | null = null;

  now = 0;
  upByZone: Uint8Array = new Uint8Array(0);

  constructor(
    readonly tr: TrafficParams,
    /** Requests served in each zone (indexed like world.zones): cross-AZ and cross-Region transfer. */
    readonly servedByZone: Float64Array,
  ) {}

  /** Ready for another tick's requests (routes are reused: the hot path allocates nothing). */
  reset(now: number, upByZone: Uint8Array): this {
    this.now = now;
    this.upByZone = upByZone;
    this.good = 0;
    this.failed = 0;
    this.overloadFailed = 0;
    this.deadTargetFailed = 0;
    this.noRouteFailed = 0;
    this.sessionFailed = 0;
    this.slow = 0;
    this.latencyWeighted = 0;
    this.capacityRps = 0;
    this.lbKb = 0;
    this.front = null;
    this.servedByZone.fill(0);
    return this;
  }

  fail(cause: Exclude<FailureCause, 'database' | 'slow'>, n: number): void {
    this.failed += n;
    if (cause === 'overload') this.overloadFailed += n;
    else if (cause === 'deadTarget') this.deadTargetFailed += n;
    else if (cause === 'noRoute') this.noRouteFailed += n;
    else this.sessionFailed += n;
  }

  /**
   * Servers that can answer, all at utilisation `rho` (requests ÷ capacity): `capacity` of them,
   * `greyCapacity` of it slowed ten times by a grey failure. Served = capacity × min(ρ, 1); the rest
   * fail (overload). Latency rises with utilisation (M/M/1); requests slower than the SLO count as
   * failed. Closed form: one evaluation per pool, not per instance.
   */
  servePool(rho: number, capacity: number, greyCapacity: number): number {
    if (capacity <= 0) return 0;
    this.capacityRps += capacity;
    const load = rho < 1 ? rho : 1;
    const assigned = capacity * rho;
    const served = capacity * load;
    const normal = (capacity - greyCapacity) * load;
    const grey = greyCapacity * load;
    const slowNormal = normal > 0 ? normal * slowFraction(rho, this.tr.serviceMs, this.tr.latencySloMs) : 0;
    const slowGrey = grey > 0 ? grey * slowFraction(rho, this.tr.serviceMs * 10, this.tr.latencySloMs) : 0;
    this.failed += assigned - served;
    this.overloadFailed += assigned - served;
    this.slow += slowNormal + slowGrey;
    this.good += served - slowNormal - slowGrey;
    if (normal > 0) this.latencyWeighted += normal * meanLatencyMs(rho, this.tr.serviceMs);
    if (grey > 0) this.latencyWeighted += grey * meanLatencyMs(rho, this.tr.serviceMs * 10);
    return served;
  }
}
