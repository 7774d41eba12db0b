import type { FailureCause } from '../core/metrics';
import type { Instance } from '../services/instance/state';
import type { TrafficParams } from './params';
import { meanLatencyMs, slowFraction } from './queueing';

/**
 * The requests one entry point (a DNS endpoint) sent down the request path in one tick, as the
 * stages handle them: served well, served too slowly, or failed, by cause. Indexed like world.zones.
 */
export class Route {
  good = 0;
  failed = 0;
  /** Failures by cause as plain fields: serve() runs per target per tick, so no keyed lookups there. */
  overloadFailed = 0;
  deadTargetFailed = 0;
  noRouteFailed = 0;
  sessionFailed = 0;
  slow = 0;
  latencyWeighted = 0;
  capacityRps = 0;
  /** Kilobytes that passed through a load balancer (its LCU charge). */
  lbKb = 0;
  /** Memo of the last slow-fraction computation: healthy targets of one LB share one utilisation. */
  private memoRho = -1;
  private memoServiceMs = -1;
  private memoFrac = 0;

  constructor(
    readonly now: number,
    readonly tr: TrafficParams,
    readonly upByZone: Uint8Array,
    readonly servedByZone: Float64Array,
  ) {}

  fail(cause: Exclude<FailureCause, 'database' | 'slow'>, n: number): void {
    this.failed += n;
    if (cause === 'overload') this.overloadFailed += n;
    else if (cause === 'deadTarget') this.deadTargetFailed += n;
    else if (cause === 'noRoute') this.noRouteFailed += n;
    else this.sessionFailed += n;
  }

  /**
   * One instance takes `assigned` requests this second. Served = min(assigned, capacity); latency
   * rises with utilisation (M/M/1) and requests slower than the SLO count as failed.
   */
  serve(inst: Instance, zoneIdx: number, assigned: number): void {
    inst.loadRps += assigned;
    if (inst.state !== 'running' || inst.appReadyTick === null || inst.appReadyTick > this.now || zoneIdx < 0 || this.upByZone[zoneIdx] === 0) {
      this.failed += assigned;
      this.deadTargetFailed += assigned;
      return;
    }
    const cap = inst.capacityRps;
    this.capacityRps += cap;
    const rho = assigned / cap;
    inst.utilisation = rho;
    const served = assigned < cap ? assigned : cap;
    // A grey failure serves ten times slower but still passes its health checks.
    const serviceMs = inst.greyUntilTick > this.now ? this.tr.serviceMs * 10 : this.tr.serviceMs;
    if (rho !== this.memoRho || serviceMs !== this.memoServiceMs) {
      this.memoRho = rho;
      this.memoServiceMs = serviceMs;
      this.memoFrac = slowFraction(rho, serviceMs, this.tr.latencySloMs);
    }
    const slow = served * this.memoFrac;
    this.failed += assigned - served;
    this.overloadFailed += assigned - served;
    this.slow += slow;
    this.good += served - slow;
    this.latencyWeighted += served * meanLatencyMs(rho, serviceMs);
    this.servedByZone[zoneIdx] = (this.servedByZone[zoneIdx] ?? 0) + served;
  }
}
