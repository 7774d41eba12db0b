import type { FailureCause } from '../model/metrics';
import type { Instance, LoadBalancer, World } from '../model/world';
import { isServing } from '../instanceOps';
import { findInstance, findLoadBalancer, targetInstances, zoneIndexOf } from '../lookup';
import { meanLatencyMs, slowFraction } from '../traffic/queueing';
import { demandAt } from '../traffic/demand';
import { effectiveWeights } from './checkDnsHealth';
import { splitByWeights } from './splitByWeights';

/** What this tick's traffic did, for billing (transfer, LCUs) and the metrics. */
export interface TrafficTally {
  requests: number;
  good: number;
  failed: number;
  slow: number;
  /** Kilobytes through load balancers, across AZs and across Regions (to the database). */
  lbKb: number;
  interAzKb: number;
  interRegionKb: number;
  latencyMs: number;
  capacityRps: number;
}

interface TrafficParams {
  serviceMs: number;
  latencySloMs: number;
  writePct: number;
  sessionPct: number;
  bytesPerRequest: number;
}

/** Level defaults: 20 ms per request at zero load, a 500 ms latency SLO, 10 % writes, 20 kB per request. */
const DEFAULTS: TrafficParams = { serviceMs: 20, latencySloMs: 500, writePct: 10, sessionPct: 50, bytesPerRequest: 20_000 };
const paramsCache = new WeakMap<World['scenario'], TrafficParams>();

/** One tick's routing state: per-zone flags and sums indexed like world.zones, and running totals. */
class Route {
  good = 0;
  failed = 0;
  // Failures by cause as plain fields: serve() runs per target per tick, so no keyed lookups there.
  overloadFailed = 0;
  deadTargetFailed = 0;
  noRouteFailed = 0;
  sessionFailed = 0;
  slow = 0;
  latencyWeighted = 0;
  capacityRps = 0;
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

  /** One instance takes `assigned` requests this second. */
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

/**
 * Demand → DNS → Region → load balancer → in-service targets → instances (→ database).
 * Served = min(demand, capacity); the rest are errors, and so is anything sent to a dead target
 * that the health check has not caught yet. Latency rises with utilisation; requests slower than
 * the SLO count as failed.
 */
export function routeTraffic(world: World, up: Set<string>): TrafficTally {
  const now = world.tick;
  let tr = paramsCache.get(world.scenario);
  if (!tr) paramsCache.set(world.scenario, (tr = { ...DEFAULTS, ...world.scenario.traffic }));
  const requests = Math.round(demandAt(world, now));
  const tally: TrafficTally = { requests, good: 0, failed: 0, slow: 0, lbKb: 0, interAzKb: 0, interRegionKb: 0, latencyMs: 0, capacityRps: 0 };

  const list = world.instances;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    inst.loadRps = 0;
    inst.utilisation = 0;
  }
  const zoneIndex = zoneIndexOf(world);
  const upByZone = Uint8Array.from(world.zones, (z) => (up.has(z.id) ? 1 : 0));
  const servedByZone = new Float64Array(world.zones.length);

  const dns = world.dns;
  const shares = splitByWeights(requests, effectiveWeights(dns, now));
  const kbPerRequest = tr.bytesPerRequest / 1000;
  let routed = 0;
  for (let e = 0; e < dns.endpoints.length; e++) {
    const ep = dns.endpoints[e]!;
    const share = shares[e] ?? 0;
    if (share === 0) continue;
    routed += share;
    const r = new Route(now, tr, upByZone, servedByZone);
    if (ep.targetKind === 'instance') {
      const inst = findInstance(world, ep.targetId);
      if (inst) r.serve(inst, zoneIndex.get(inst.zoneId) ?? -1, share);
      else r.fail('noRoute', share);
    } else {
      const lb = findLoadBalancer(world, ep.targetId);
      if (lb) {
        routeLoadBalancer(world, lb, share, r);
        tally.lbKb += share * kbPerRequest;
      } else r.fail('noRoute', share);
    }
    // Round once per endpoint so request counts stay whole and add up to what arrived.
    const failed = Math.min(share, Math.round(r.failed));
    const slow = Math.min(share - failed, Math.round(r.slow));
    tally.failed += failed;
    tally.slow += slow;
    tally.good += share - failed - slow;
    tally.latencyMs += r.latencyWeighted;
    tally.capacityRps += r.capacityRps;
    const causes = world.metrics.failedByCause;
    causes.overload += r.overloadFailed;
    causes.deadTarget += r.deadTargetFailed;
    causes.noRoute += r.noRouteFailed;
    causes.session += r.sessionFailed;
    causes.slow += slow;
  }
  // No endpoint at all (or weights that sum to nothing): nobody can reach the service.
  tally.failed += requests - routed;
  world.metrics.failedByCause.noRoute += requests - routed;

  if (world.databases.length > 0) applyDatabase(world, tally, tr.writePct, kbPerRequest, servedByZone);
  const servedCount = tally.good + tally.slow;
  tally.latencyMs = servedCount > 0 ? tally.latencyMs / servedCount : 0;
  if (world.sessions.mode === 'memory') trackSessions(world, tr.sessionPct);
  return tally;
}

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
  // In-memory sessions without stickiness: a request lands on an instance that does not hold its
  // session (n−1 times in n) and fails — horizontal scaling needs sticky sessions or a store.
  if (world.sessions.mode === 'memory' && !lb.sticky && s.liveCount > 1) {
    const missed = ((r.good - goodBefore) * r.tr.sessionPct * (s.liveCount - 1)) / (100 * s.liveCount);
    r.good -= missed;
    r.fail('session', missed);
  }
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
function inService(
  world: World,
  lb: LoadBalancer,
  instances: (Instance | undefined)[],
  zoneIdx: Int32Array,
  enabled: Uint8Array,
  upByZone: Uint8Array,
): InService {
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
function routeWithoutCrossZone(
  lb: LoadBalancer,
  share: number,
  r: Route,
  instances: (Instance | undefined)[],
  zoneIdx: Int32Array,
  enabled: Uint8Array,
  s: InService,
): void {
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

/**
 * Every request reads the database and some write. Writes need the primary; reads are served by a
 * read replica while the primary is away. Requests from other AZs / Regions pay transfer both ways.
 */
function applyDatabase(world: World, tally: TrafficTally, writePct: number, kbPerRequest: number, servedByZone: Float64Array): void {
  const db = world.databases[0]!;
  if (db.state !== 'available') {
    const replicaUp = db.replicas.some((x) => x.state === 'available');
    const lostShare = replicaUp ? writePct / 100 : 1;
    const lostSlow = Math.round(tally.slow * lostShare);
    const lostGood = Math.round(tally.good * lostShare);
    tally.slow -= lostSlow;
    tally.good -= lostGood;
    tally.failed += lostSlow + lostGood;
    world.metrics.failedByCause.database += lostSlow + lostGood;
    world.metrics.failedByCause.slow -= lostSlow;
  }
  world.zones.forEach((z, i) => {
    const served = servedByZone[i] ?? 0;
    if (served === 0 || z.id === db.primaryZoneId) return;
    const kb = served * kbPerRequest * 2;
    if (z.regionId === db.regionId) tally.interAzKb += kb;
    else tally.interRegionKb += kb;
  });
  // Asynchronous replication of writes to replicas in other Regions.
  let crossRegion = 0;
  for (const x of db.replicas) if (x.regionId !== db.regionId && x.state === 'available') crossRegion++;
  tally.interRegionKb += ((tally.good + tally.slow) * writePct * kbPerRequest * crossRegion) / 100;
}

/**
 * Users held in memory per instance: about 30 s of its traffic with a session, moving smoothly
 * toward that level. Lost when the instance stops, reboots or terminates (instanceOps).
 */
function trackSessions(world: World, sessionPct: number): void {
  const list = world.instances;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    if (inst.state !== 'running') continue;
    const target = Math.round(inst.loadRps * (sessionPct / 100) * 30);
    // A sixtieth of the gap each second, but at least one session, so an idle instance really empties.
    const gap = target - inst.sessions;
    const move = gap > 0 ? Math.max(1, Math.round(gap / 60)) : gap < 0 ? Math.min(-1, Math.round(gap / 60)) : 0;
    inst.sessions = Math.abs(move) > Math.abs(gap) ? target : inst.sessions + move;
  }
}
