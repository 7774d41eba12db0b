import type { TickContext } from '../core/serviceKind';
import type { World } from '../core/world';
import { SERVICE_KINDS } from '../services/registry';
import { zoneIndexOf } from '../services/places/places';
import { demandAt } from './demand';
import { trafficParams, type TrafficParams } from './params';
import { Route } from './route';
import type { Stage } from './stage';
import { emptyTally, type TrafficTally } from './tally';

/**
 * One tick of traffic: the demand enters at the entry stage (DNS), which hands shares to the front
 * stages (load balancers, instances), whose served requests then call the dependency stages
 * (databases). Served = min(demand, healthy capacity); the rest are errors, and so is anything sent
 * to a dead target the health check has not caught yet.
 */
export class Router {
  readonly tally: TrafficTally;
  readonly tr: TrafficParams;
  readonly upByZone: Uint8Array;
  /** Requests served by instances in each zone (indexed like world.zones): cross-AZ and cross-Region transfer. */
  readonly servedByZone: Float64Array;
  readonly kbPerRequest: number;
  /** Requests the entry handed to some front stage (the rest found no route at all). */
  routed = 0;

  constructor(
    readonly world: World,
    up: ReadonlySet<string>,
  ) {
    this.tr = trafficParams(world.scenario);
    this.tally = emptyTally(Math.round(demandAt(world, world.tick)));
    this.upByZone = Uint8Array.from(world.zones, (z) => (up.has(z.id) ? 1 : 0));
    this.servedByZone = new Float64Array(world.zones.length);
    this.kbPerRequest = this.tr.bytesPerRequest / 1000;
  }

  /** `share` requests go to node `id`: the front stage that owns it serves them. */
  deliver(id: string, share: number): Route {
    const route = new Route(this.world.tick, this.tr, this.upByZone, this.servedByZone);
    this.routed += share;
    const stage = frontStages().find((s) => s.owns!(this.world, id));
    if (stage) stage.receive!(this.world, id, share, route);
    else route.fail('noRoute', share);
    return route;
  }

  /** Folds one entry point's route into the tick's totals, rounded once so counts stay whole and add up. */
  fold(route: Route, share: number): void {
    const failed = Math.min(share, Math.round(route.failed));
    const slow = Math.min(share - failed, Math.round(route.slow));
    const t = this.tally;
    t.failed += failed;
    t.slow += slow;
    t.good += share - failed - slow;
    t.latencyMs += route.latencyWeighted;
    t.capacityRps += route.capacityRps;
    t.lbKb += route.lbKb;
    const causes = this.world.metrics.failedByCause;
    causes.overload += route.overloadFailed;
    causes.deadTarget += route.deadTargetFailed;
    causes.noRoute += route.noRouteFailed;
    causes.session += route.sessionFailed;
    causes.slow += slow;
  }
}

let fronts: Stage[] | null = null;
const frontStages = (): Stage[] => (fronts ??= SERVICE_KINDS.flatMap((k) => (k.stage?.role === 'front' ? [k.stage] : [])));

/** The route phase: walks the stages and returns what this tick's traffic did. */
export function routeTraffic(world: World, ctx: TickContext): TrafficTally {
  const list = world.instances;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    inst.loadRps = 0;
    inst.utilisation = 0;
  }
  // Zone indexes are stable for the whole run; touch the cache so stages can rely on it.
  zoneIndexOf(world);
  const router = new Router(world, ctx.up);
  const t = router.tally;
  for (const kind of SERVICE_KINDS) if (kind.stage?.role === 'entry') kind.stage.enter!(world, t.requests, router);
  // No endpoint at all (or weights that sum to nothing): nobody can reach the service.
  t.failed += t.requests - router.routed;
  world.metrics.failedByCause.noRoute += t.requests - router.routed;
  for (const kind of SERVICE_KINDS) if (kind.stage?.role === 'dependency') kind.stage.depend!(world, router);
  const servedCount = t.good + t.slow;
  t.latencyMs = servedCount > 0 ? t.latencyMs / servedCount : 0;
  return t;
}
