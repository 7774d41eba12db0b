import type { World } from '../../core/world';
import type { Route } from '../../traffic/route';
import type { Stage } from '../../traffic/stage';
import type { Instance } from '../instance/state';
import { isServing } from '../instance/transitionInstance';
import { sessionMisses } from '../sessionStore/sessionMisses';
import { findLoadBalancer } from './createLoadBalancer';
import { targetInstances } from './resolveTargets';
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
    const lb = findLoadBalancer(world, id)!;
    route.lbKb += share * (route.tr.bytesPerRequest / 1000);
    routeLoadBalancer(world, lb, share, route);
  },
};

function routeLoadBalancer(world: World, lb: LoadBalancer, share: number, r: Route): void {
  const region = world.regions.find((x) => x.id === lb.regionId);
  if (lb.activeFromTick > r.now || !region || region.state === 'down') {
    r.fail('noRoute', share);
    return;
  }
  const { instances, zoneIdx, enabled } = targetInstances(world, lb);
  const s = inService(world, lb, instances, zoneIdx, enabled, r.upByZone);
  if (s.count === 0) {
    r.fail('noRoute', share);
    return;
  }
  const goodBefore = r.good;
  if (lb.crossZone) {
    // Least-outstanding-requests balancing ≈ traffic in proportion to capacity.
    const pDead = 1 - s.liveCap / s.cap;
    const liveShare = share * (1 - allAttemptsFail(pDead));
    r.fail('deadTarget', share - liveShare);
    for (let i = 0; i < lb.targets.length; i++) {
      const inst = instances[i];
      if (!inst || enabled[i] === 0 || lb.targets[i]!.health !== s.useHealth) continue;
      if (s.live[i] === 1) r.serve(inst, zoneIdx[i]!, (liveShare * inst.capacityRps) / s.liveCap);
      else inst.loadRps += (share * inst.capacityRps) / s.cap;
    }
  } else {
    routeWithoutCrossZone(lb, share, r, instances, zoneIdx, enabled, s);
  }
  sessionMisses(world, lb, r, r.good - goodBefore, s.liveCount);
}

interface InService {
  /** Which targets get traffic: the healthy ones, or every unhealthy one when none is healthy (fail-open). */
  useHealth: 'healthy' | 'unhealthy';
  count: number;
  cap: number;
  /** Of those, the ones that can actually answer this tick (running, app up, zone up). */
  live: Uint8Array;
  liveCount: number;
  liveCap: number;
}
const inServiceCache = new WeakMap<LoadBalancer, { tv: number; hv: number; lv: number; value: InService }>();

/**
 * Which targets get traffic, their capacity, and which of them are alive. ALB fails open: with every
 * target unhealthy it sends to all of them (DOMAIN §5.1). Cached until a target, its health or
 * anything's liveness changes.
 */
function inService(world: World, lb: LoadBalancer, instances: (Instance | undefined)[], zoneIdx: Int32Array, enabled: Uint8Array, upByZone: Uint8Array): InService {
  const hit = inServiceCache.get(lb);
  if (hit && hit.tv === lb.targetsVersion && hit.hv === lb.healthVersion && hit.lv === world.livenessVersion) return hit.value;
  let anyHealthy = false;
  for (let i = 0; i < lb.targets.length && !anyHealthy; i++) {
    anyHealthy = !!instances[i] && enabled[i] === 1 && lb.targets[i]!.health === 'healthy';
  }
  const useHealth = anyHealthy ? 'healthy' : 'unhealthy';
  const live = new Uint8Array(lb.targets.length);
  let count = 0;
  let cap = 0;
  let liveCount = 0;
  let liveCap = 0;
  for (let i = 0; i < lb.targets.length; i++) {
    const inst = instances[i];
    if (!inst || enabled[i] === 0 || lb.targets[i]!.health !== useHealth) continue;
    count++;
    cap += inst.capacityRps;
    const z = zoneIdx[i]!;
    if (isServing(inst, world.tick) && z >= 0 && upByZone[z] === 1) {
      live[i] = 1;
      liveCount++;
      liveCap += inst.capacityRps;
    }
  }
  const value: InService = { useHealth, count, cap, live, liveCount, liveCap };
  inServiceCache.set(lb, { tv: lb.targetsVersion, hv: lb.healthVersion, lv: world.livenessVersion, value });
  return value;
}

/** Without cross-zone, each live zone's node takes an equal share and splits it only among its own targets. */
function routeWithoutCrossZone(lb: LoadBalancer, share: number, r: Route, instances: (Instance | undefined)[], zoneIdx: Int32Array, enabled: Uint8Array, s: InService): void {
  const capByZone = new Map<number, { cap: number; liveCap: number }>();
  for (let i = 0; i < lb.targets.length; i++) {
    const inst = instances[i];
    const z = zoneIdx[i]!;
    if (!inst || enabled[i] === 0 || lb.targets[i]!.health !== s.useHealth || r.upByZone[z] === 0) continue;
    const entry = capByZone.get(z) ?? { cap: 0, liveCap: 0 };
    entry.cap += inst.capacityRps;
    if (s.live[i] === 1) entry.liveCap += inst.capacityRps;
    capByZone.set(z, entry);
  }
  if (capByZone.size === 0) {
    r.fail('noRoute', share);
    return;
  }
  const perNode = share / capByZone.size;
  for (const { cap, liveCap } of capByZone.values()) {
    r.fail('deadTarget', perNode * allAttemptsFail(1 - liveCap / cap));
  }
  for (let i = 0; i < lb.targets.length; i++) {
    const inst = instances[i];
    const z = zoneIdx[i]!;
    const zone = capByZone.get(z);
    if (!inst || zone === undefined || enabled[i] === 0 || lb.targets[i]!.health !== s.useHealth) continue;
    const nodeLive = perNode * (1 - allAttemptsFail(1 - zone.liveCap / zone.cap));
    if (s.live[i] === 1) r.serve(inst, z, (nodeLive * inst.capacityRps) / zone.liveCap);
    else inst.loadRps += (perNode * inst.capacityRps) / zone.cap;
  }
}
