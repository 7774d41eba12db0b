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
 * to a dead target the health check has not caught yet. One Router per World, reused every tick.
 */
export class Router {
  readonly tally: TrafficTally = emptyTally();
  readonly tr: TrafficParams;
  readonly kbPerRequest: number;
  upByZone: Uint8Array = new Uint8Array(0);
  /** What each entry point's front served this tick, in entry order (the calls and the transfer read these). */
  readonly results: FrontResult[] = [];
  /** How many of `results` are this tick's. */
  resultCount = 0;
  /** Requests the entry handed to some front stage (the rest found no route at all). */
  routed = 0;
  private readonly routes: Route[] = [];
  private upVersion = -1;
  private fronts: Stage[];

  constructor(readonly world: World) {
    this.tr = trafficParams(world);
    this.kbPerRequest = this.tr.bytesPerRequest / 1000;
    this.fronts = SERVICE_KINDS.flatMap((k) => (k.stage?.role === 'front' ? [k.stage] : []));
  }

  begin(up: ReadonlySet<string>): void {
    const world = this.world;
    if (this.upVersion !== world.livenessVersion || this.upByZone.length !== world.zones.length) {
      this.upByZone = Uint8Array.from(world.zones, (z) => (up.has(z.id) ? 1 : 0));
      this.upVersion = world.livenessVersion;
    }
    const t = this.tally;
    t.requests = Math.round(demandAt(world, world.tick));
    t.good = 0;
    t.failed = 0;
    t.slow = 0;
    t.lbKb = 0;
    t.interAzKb = 0;
    t.interRegionKb = 0;
    t.latencyMs = 0;
    t.capacityRps = 0;
    this.resultCount = 0;
    this.routed = 0;
  }

  /** `share` requests go to node `id`: the front stage that owns it serves them. */
  deliver(id: string, share: number): Route {
    const world = this.world;
    const route = (this.routes[this.resultCount] ??= new Route(this.tr, new Float64Array(world.zones.length))).reset(world.tick, this.upByZone);
    this.routed += share;
    let stage: Stage | undefined;
    for (const s of this.fronts) {
      if (s.owns!(world, id)) {
        stage = s;
        break;
      }
    }
    if (stage) stage.receive!(world, id, share, route);
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
    const r = (this.results[this.resultCount] ??= { front: null, good: 0, slow: 0, servedByZone: route.servedByZone });
    r.front = route.front;
    r.good = good;
    r.slow = slow;
    r.servedByZone = route.servedByZone;
    this.resultCount += 1;
  }
}

const routerSlot = derivedSlot('traffic.router', () => ({ router: null as Router | null }));
const stagesSlot = derivedSlot('traffic.stages', () => ({ entries: null as Stage[] | null, dependencies: null as Stage[] | null }));

/** The route phase: walks the stages, publishes the flows, and returns what this tick's traffic did. */
export function routeTraffic(world: World, ctx: TickContext): TrafficTally {
  const slot = routerSlot(world);
  const router = (slot.router ??= new Router(world));
  router.begin(ctx.up);
  const t = router.tally;
  resetFlows(world, t.requests);
  const stages = stagesSlot(world);
  stages.entries ??= SERVICE_KINDS.flatMap((k) => (k.stage?.role === 'entry' ? [k.stage] : []));
  stages.dependencies ??= SERVICE_KINDS.flatMap((k) => (k.stage?.role === 'dependency' ? [k.stage] : []));
  for (const stage of stages.entries) stage.enter!(world, t.requests, router);
  // No endpoint at all (or weights that sum to nothing): nobody can reach the service.
  t.failed += t.requests - router.routed;
  world.metrics.failedByCause.noRoute += t.requests - router.routed;
  for (const stage of stages.dependencies) stage.depend!(world, router);
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
  while (f.endpointRps.length < endpoints) f.endpointRps.push(0);
  while (f.endpointRho.length < endpoints) f.endpointRho.push(0);
  for (let e = 0; e < endpoints; e++) {
    f.endpointRps[e] = 0;
    f.endpointRho[e] = 0;
  }
  for (const b of f.balancers) {
    if (b.receivedRps === 0) continue;
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
