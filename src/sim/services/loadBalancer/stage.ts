import type { World } from '../../core/world';
import type { BalancerFlow } from '../../traffic/flows';
import type { Route } from '../../traffic/route';
import type { Stage } from '../../traffic/stage';
import { sessionMisses } from '../sessionStore/sessionMisses';
import { findLoadBalancer } from './createLoadBalancer';
import { balancerPlan, noteRouted, type BalancerPlan } from './plan';
import type { LoadBalancer } from './state';

/**
 * Clients make up to three attempts when a connection fails (the AWS SDKs' standard retry mode; browsers
 * retry idempotent requests too). An attempt sent to a dead target the health check has not caught
 * yet fails; the retry goes wherever the load balancer sends it, so a share p of dead capacity costs
 * p³ of requests — and all the retried load lands on the live targets.
 */
export const CLIENT_ATTEMPTS = 3;

/** p^attempts by repeated multiplication (no Math.pow in state-changing code). */
function allAttemptsFail(p: number): number {
  let out = 1;
  for (let k = 0; k < CLIENT_ATTEMPTS; k++) out *= p;
  return out;
}

/** A load balancer on the request path: requests go to its in-service targets. */
export const loadBalancerStage: Stage = {
  role: 'front',
  owns: (world, id) => findLoadBalancer(world, id) !== undefined,
  receive(world, id, share, route) {
    const index = world.loadBalancers.findIndex((l) => l.id === id);
    const lb = world.loadBalancers[index]!;
    route.lbKb += share * (route.tr.bytesPerRequest / 1000);
    route.front = lb.id;
    const flow = balancerFlow(world, index);
    flow.receivedRps += share;
    routeLoadBalancer(world, lb, share, route, flow);
  },
};

/** The load balancer's entry in the published flows (reset by the router at the start of each tick). */
function balancerFlow(world: World, index: number): BalancerFlow {
  const flows = world.flows.balancers;
  const zones = world.zones.length;
  while (flows.length <= index) {
    const lb = world.loadBalancers[flows.length]!;
    flows.push({ id: lb.id, receivedRps: 0, zoneRps: new Array<number>(zones).fill(0), liveRho: new Array<number>(zones).fill(0), deadPerCap: new Array<number>(zones).fill(0), targets: [], status: [] });
  }
  return flows[index]!;
}

function routeLoadBalancer(world: World, lb: LoadBalancer, share: number, r: Route, flow: BalancerFlow): void {
  const plan = balancerPlan(world, lb, r.upByZone);
  // The published flow says which targets this routing reached (only when the routing changed).
  if (noteRouted(world, lb, plan)) {
    flow.targets = lb.targets.map((t) => t.instanceId);
    flow.status = Array.from(plan.status);
  }
  if (!plan.active || plan.count === 0) {
    r.fail('noRoute', share);
    return;
  }
  const goodBefore = r.good;
  if (lb.crossZone) routeCrossZone(plan, share, r, flow);
  else routeWithoutCrossZone(plan, share, r, flow);
  sessionMisses(world, lb, r, r.good - goodBefore, plan.liveCount);
}

/** Least-outstanding-requests balancing across every enabled AZ ≈ traffic in proportion to capacity. */
function routeCrossZone(plan: BalancerPlan, share: number, r: Route, flow: BalancerFlow): void {
  const liveShare = share * (1 - allAttemptsFail(1 - plan.liveCap / plan.cap));
  r.fail('deadTarget', share - liveShare);
  const rho = plan.liveCap > 0 ? liveShare / plan.liveCap : 0;
  const deadPerCap = share / plan.cap;
  // Every target that can answer runs at the same utilisation: one pool for the whole load balancer.
  if (plan.liveCap > 0) r.servePool(rho, plan.liveCap, plan.greyCap);
  const load = rho < 1 ? rho : 1;
  for (let z = 0; z < plan.zoneCap.length; z++) {
    const live = plan.zoneLiveCap[z]!;
    const dead = plan.zoneCap[z]! - live;
    flow.liveRho[z] = live > 0 ? rho : 0;
    flow.deadPerCap[z] = dead > 0 ? deadPerCap : 0;
    flow.zoneRps[z]! += live * rho + dead * deadPerCap;
    if (live > 0) r.servedByZone[z]! += live * load;
  }
}

/** Without cross-zone, each live zone's node takes an equal share and splits it only among its own targets. */
function routeWithoutCrossZone(plan: BalancerPlan, share: number, r: Route, flow: BalancerFlow): void {
  let nodes = 0;
  for (let z = 0; z < plan.zoneCap.length; z++) if (plan.zoneCap[z]! > 0 && r.upByZone[z] === 1) nodes++;
  if (nodes === 0) {
    r.fail('noRoute', share);
    return;
  }
  const perNode = share / nodes;
  for (let z = 0; z < plan.zoneCap.length; z++) {
    const cap = plan.zoneCap[z]!;
    if (cap > 0 && r.upByZone[z] === 1) r.fail('deadTarget', perNode * allAttemptsFail(1 - plan.zoneLiveCap[z]! / cap));
  }
  for (let z = 0; z < plan.zoneCap.length; z++) {
    const cap = plan.zoneCap[z]!;
    if (cap <= 0 || r.upByZone[z] !== 1) continue;
    const live = plan.zoneLiveCap[z]!;
    const nodeLive = perNode * (1 - allAttemptsFail(1 - live / cap));
    const rho = live > 0 ? nodeLive / live : 0;
    const deadPerCap = perNode / cap;
    flow.liveRho[z] = live > 0 ? rho : 0;
    flow.deadPerCap[z] = cap - live > 0 ? deadPerCap : 0;
    flow.zoneRps[z]! += live * rho + (cap - live) * deadPerCap;
    if (live > 0) r.servedByZone[z]! += r.servePool(rho, live, plan.zoneGreyCap[z]!);
  }
}
