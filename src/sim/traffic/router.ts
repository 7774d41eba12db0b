import { derivedSlot } from '../core/derived';
import type { TickContext } from '../core/serviceKind';
import type { World } from '../core/world';
import { SERVICE_KINDS } from '../services/registry';
import { demandAt } from './demand';
import { trafficParams, type TrafficParams } from './params';
import { Route } from './route';
import type { Stage } from './stage';
import { emptyTally, type TrafficTally } from './tally';

/** One entry point's requests after the front stage served them, as whole requests. */
export interface FrontResult {
  /** The front component that served them (null: they found no route). */
  front: string | null;
  good: number;
  slow: number;
  servedByZone: Float64Array;
}

/**
 * One tick of traffic: the demand enters at the entry stage (DNS), which hands shares to the front
 * stages (load balancers, instances); what they served then makes the calls the topology declares
 * (databases). Served = min(demand, healthy capacity); the rest are errors, and so is anything sent
 * to a dead target the health check has not caught yet.
 */
export class Router {
  readonly tally: TrafficTally;
  readonly tr: TrafficParams;
  readonly upByZone: Uint8Array;
  readonly kbPerRequest: number;
  /** What each entry point's front served, in entry order (the calls and the transfer read these). */
  readonly results: FrontResult[] = [];
  /** Requests the entry handed to some front stage (the rest found no route at all). */
  routed = 0;

  constructor(
    readonly world: World,
    up: ReadonlySet<string>,
  ) {
    this.tr = trafficParams(world);
    this.tally = emptyTally(Math.round(demandAt(world, world.tick)));
    this.upByZone = Uint8Array.from(world.zones, (z) => (up.has(z.id) ? 1 : 0));
    this.kbPerRequest = this.tr.bytesPerRequest / 1000;
  }

  /** `share` requests go to node `id`: the front stage that owns it serves them. */
  deliver(id: string, share: number): Route {
    const route = new Route(this.world.tick, this.tr, this.upByZone, new Float64Array(this.world.zones.length));
    this.routed += share;
    const stage = frontStages(this.world).find((s) => s.owns!(this.world, id));
    if (stage) stage.receive!(this.world, id, share, route);
    else route.fail('noRoute', share);
    return route;
  }

  /** Folds one entry point's route into the tick's totals, rounded once so counts stay whole and add up. */
  fold(route: Route, share: number): void {
    const failed = Math.min(share, Math.round(route.failed));
    const slow = Math.min(share - failed, Math.round(route.slow));
    const good = share - failed - slow;
    const t = this.tally;
    t.failed += failed;
    t.slow += slow;
    t.good += good;
    t.latencyMs += route.latencyWeighted;
    t.capacityRps += route.capacityRps;
    t.lbKb += route.lbKb;
    const causes = this.world.metrics.failedByCause;
    causes.overload += route.overloadFailed;
    causes.deadTarget += route.deadTargetFailed;
    causes.noRoute += route.noRouteFailed;
    causes.session += route.sessionFailed;
    causes.slow += slow;
    this.results.push({ front: route.front, good, slow, servedByZone: route.servedByZone });
  }
}

const frontSlot = derivedSlot('traffic.frontStages', () => ({ stages: null as Stage[] | null }));
const frontStages = (world: World): Stage[] => (frontSlot(world).stages ??= SERVICE_KINDS.flatMap((k) => (k.stage?.role === 'front' ? [k.stage] : [])));

/** The route phase: walks the stages, publishes the flows, and returns what this tick's traffic did. */
export function routeTraffic(world: World, ctx: TickContext): TrafficTally {
  const router = new Router(world, ctx.up);
  const t = router.tally;
  resetFlows(world, t.requests);
  for (const kind of SERVICE_KINDS) if (kind.stage?.role === 'entry') kind.stage.enter!(world, t.requests, router);
  // No endpoint at all (or weights that sum to nothing): nobody can reach the service.
  t.failed += t.requests - router.routed;
  world.metrics.failedByCause.noRoute += t.requests - router.routed;
  for (const kind of SERVICE_KINDS) if (kind.stage?.role === 'dependency') kind.stage.depend!(world, router);
  const servedCount = t.good + t.slow;
  t.latencyMs = servedCount > 0 ? t.latencyMs / servedCount : 0;
  return t;
}

/** The published flows start each tick from zero (in place: the board reads them between ticks). */
function resetFlows(world: World, demand: number): void {
  const f = world.flows;
  f.tick = world.tick;
  f.demandRps = demand;
  const endpoints = world.dns.endpoints.length;
  f.endpointRps.length = endpoints;
  f.endpointRps.fill(0);
  f.endpointRho.length = endpoints;
  f.endpointRho.fill(0);
  for (const b of f.balancers) {
    b.receivedRps = 0;
    b.zoneRps.fill(0);
    b.liveRho.fill(0);
    b.deadPerCap.fill(0);
  }
  const calls = world.topology.calls.length;
  while (f.calls.length < calls) f.calls.push({ rps: 0, failedRps: 0 });
  for (const c of f.calls) {
    c.rps = 0;
    c.failedRps = 0;
  }
}
