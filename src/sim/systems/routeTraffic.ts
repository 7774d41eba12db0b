import type { Instance, LoadBalancer, World } from '../model/world';
import { isServing } from '../instanceOps';
import { findInstance, findLoadBalancer, targetInstances } from '../lookup';
import { meanLatencyMs, slowFraction } from '../traffic/queueing';
import { demandAt } from '../traffic/demand';
import { effectiveWeights } from './checkDnsHealth';

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

interface Acc {
  good: number;
  failed: number;
  slow: number;
  latencyWeighted: number;
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

/**
 * Demand → DNS → Region → load balancer → in-service targets → instances (→ database).
 * Served = min(demand, capacity); the rest are errors, and so is anything sent to a dead target
 * that the health check has not caught yet. Latency rises with utilisation; requests slower than
 * the SLO count as failed.
 */
export function routeTraffic(world: World, up: Set<string>): TrafficTally {
  const now = world.tick;
  const tr: TrafficParams = { ...DEFAULTS, ...world.scenario.traffic };
  const requests = Math.round(demandAt(world, now));
  const tally: TrafficTally = { requests, good: 0, failed: 0, slow: 0, lbKb: 0, interAzKb: 0, interRegionKb: 0, latencyMs: 0, capacityRps: 0 };

  const memorySessions = world.sessions.mode === 'memory';
  const list = world.instances;
  for (let i = 0; i < list.length; i++) {
    const inst = list[i]!;
    inst.loadRps = 0;
    inst.utilisation = 0;
    if (isServing(inst, now) && up.has(inst.zoneId)) tally.capacityRps += inst.capacityRps;
  }

  const dns = world.dns;
  const weights = effectiveWeights(dns, now);
  const shares = splitByWeights(requests, weights);
  const db = world.databases[0];
  const kbPerRequest = tr.bytesPerRequest / 1000;
  const servedByZone: Map<string, number> | null = db ? new Map() : null;

  const unrouted = requests - shares.reduce((a, b) => a + b, 0);
  for (let e = 0; e < dns.endpoints.length; e++) {
    const ep = dns.endpoints[e]!;
    const share = shares[e] ?? 0;
    if (share === 0) continue;
    const acc: Acc = { good: 0, failed: 0, slow: 0, latencyWeighted: 0 };
    if (ep.targetKind === 'instance') {
      const inst = findInstance(world, ep.targetId);
      if (inst) serve(inst, share, now, up, tr, acc, servedByZone);
      else acc.failed += share;
    } else {
      const lb = findLoadBalancer(world, ep.targetId);
      if (lb) {
        routeLoadBalancer(world, lb, share, up, tr, acc, servedByZone, memorySessions);
        tally.lbKb += share * kbPerRequest;
      } else acc.failed += share;
    }
    // Round once per endpoint so request counts stay whole and add up to what arrived.
    const failed = Math.round(acc.failed);
    const slow = Math.min(share - failed, Math.round(acc.slow));
    tally.failed += failed;
    tally.slow += slow;
    tally.good += share - failed - slow;
    tally.latencyMs += acc.latencyWeighted;
  }
  // No endpoint at all (or weights that sum to nothing): nobody can reach the service.
  if (unrouted > 0) tally.failed += unrouted;

  if (db) applyDatabase(world, tally, tr.writePct, kbPerRequest, servedByZone!);
  const servedCount = tally.good + tally.slow;
  tally.latencyMs = servedCount > 0 ? tally.latencyMs / servedCount : 0;
  if (memorySessions) trackSessions(world, tr.sessionPct);
  return tally;
}

function routeLoadBalancer(
  world: World,
  lb: LoadBalancer,
  share: number,
  up: Set<string>,
  tr: TrafficParams,
  acc: Acc,
  servedByZone: Map<string, number> | null,
  memorySessions: boolean,
): void {
  const now = world.tick;
  const region = world.regions.find((r) => r.id === lb.regionId);
  if (lb.activeFromTick > now || !region || region.state === 'down') {
    acc.failed += share;
    return;
  }
  const healthy: Instance[] = [];
  const failOpen: Instance[] = [];
  const resolved = targetInstances(world, lb);
  for (let i = 0; i < resolved.length; i++) {
    const t = lb.targets[i]!;
    const inst = resolved[i];
    if (t.health === 'initial' || !inst || !lb.zoneIds.includes(inst.zoneId)) continue;
    (t.health === 'healthy' ? healthy : failOpen).push(inst);
  }
  // ALB fails open: with every target unhealthy it sends to all of them (DOMAIN §5.1).
  const targets = healthy.length > 0 ? healthy : failOpen;
  if (targets.length === 0) {
    acc.failed += share;
    return;
  }
  const before = acc.good;
  if (lb.crossZone) {
    // Least-outstanding-requests balancing ≈ traffic in proportion to capacity.
    let cap = 0;
    for (const inst of targets) cap += inst.capacityRps;
    for (const inst of targets) serve(inst, cap > 0 ? (share * inst.capacityRps) / cap : share / targets.length, now, up, tr, acc, servedByZone);
  } else {
    // Without cross-zone, each zone's node splits its equal share only among targets in its zone.
    const zones = lb.zoneIds.filter((z) => up.has(z) && targets.some((t) => t.zoneId === z));
    if (zones.length === 0) {
      acc.failed += share;
      return;
    }
    for (const z of zones) {
      const local = targets.filter((t) => t.zoneId === z);
      let cap = 0;
      for (const inst of local) cap += inst.capacityRps;
      for (const inst of local) serve(inst, (share / zones.length) * (cap > 0 ? inst.capacityRps / cap : 1 / local.length), now, up, tr, acc, servedByZone);
    }
  }
  // In-memory sessions without stickiness: a request lands on an instance that does not hold its
  // session (n−1 times in n) and fails — horizontal scaling needs sticky sessions or a store.
  if (memorySessions && !lb.sticky && targets.length > 1) {
    const missed = ((acc.good - before) * tr.sessionPct * (targets.length - 1)) / (100 * targets.length);
    acc.good -= missed;
    acc.failed += missed;
  }
}

function serve(
  inst: Instance,
  assigned: number,
  now: number,
  up: Set<string>,
  tr: TrafficParams,
  acc: Acc,
  servedByZone: Map<string, number> | null,
): void {
  inst.loadRps += assigned;
  if (!isServing(inst, now) || !up.has(inst.zoneId) || inst.capacityRps <= 0) {
    acc.failed += assigned;
    return;
  }
  const rho = assigned / inst.capacityRps;
  inst.utilisation = rho;
  const served = assigned < inst.capacityRps ? assigned : inst.capacityRps;
  // A grey failure serves ten times slower but still passes its health checks.
  const serviceMs = inst.greyUntilTick > now ? tr.serviceMs * 10 : tr.serviceMs;
  const slow = served * slowFraction(rho, serviceMs, tr.latencySloMs);
  acc.failed += assigned - served;
  acc.slow += slow;
  acc.good += served - slow;
  acc.latencyWeighted += served * meanLatencyMs(rho, serviceMs);
  if (servedByZone) servedByZone.set(inst.zoneId, (servedByZone.get(inst.zoneId) ?? 0) + served);
}

/**
 * Every request reads the database and some write. Writes need the primary; reads are served by a
 * read replica while the primary is away. Requests from other AZs / Regions pay transfer both ways.
 */
function applyDatabase(world: World, tally: TrafficTally, writePct: number, kbPerRequest: number, servedByZone: Map<string, number>): void {
  const db = world.databases[0]!;
  const primaryUp = db.state === 'available';
  const replicaUp = db.replicas.some((r) => r.state === 'available');
  if (!primaryUp) {
    const ok = tally.good + tally.slow;
    const lostShare = replicaUp ? writePct / 100 : 1;
    const lost = Math.round(ok * lostShare);
    const fromSlow = Math.min(tally.slow, Math.round(tally.slow * lostShare));
    tally.slow -= fromSlow;
    tally.good -= lost - fromSlow;
    tally.failed += lost;
  }
  const zoneRegion = new Map(world.zones.map((z) => [z.id, z.regionId]));
  for (const [zoneId, served] of servedByZone) {
    if (zoneId === db.primaryZoneId) continue;
    const kb = served * kbPerRequest * 2;
    if (zoneRegion.get(zoneId) === db.regionId) tally.interAzKb += kb;
    else tally.interRegionKb += kb;
  }
  // Asynchronous replication of writes to replicas in other Regions.
  const crossRegionReplicas = db.replicas.filter((r) => r.regionId !== db.regionId && r.state === 'available').length;
  tally.interRegionKb += ((tally.good + tally.slow) * writePct * kbPerRequest * crossRegionReplicas) / 100;
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
    const target = inst.loadRps * (sessionPct / 100) * 30;
    inst.sessions = Math.round(inst.sessions + (target - inst.sessions) / 60);
  }
}

/** Splits whole requests by weights (largest remainder; ties to the lower index). */
export function splitByWeights(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}
