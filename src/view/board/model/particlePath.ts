import type { BoardLayout } from '../layout/boardLayout';
import { dnsBusY, dnsExit } from '../layout/dnsRoute';
import type { Point } from '../layout/geometry';
import { pickRoute, type FlowSampler } from './flowSampler';

/** Points on a particle's path; shorter routes repeat their last point. */
export const PATH_POINTS = 6;

/** How a particle's request ends: 0 served, 1 reaches a dead target (fails there), 2 dies at the load balancer. */
export type ParticleFate = 0 | 1 | 2;

/** A particle's path (DNS → bus → endpoint → through the load balancer → tile) and how it ends. */
export interface ParticlePath {
  points: Point[];
  fate: ParticleFate;
}

/**
 * Samples one request particle's route in proportion to last tick's simulated flows and writes its
 * path, PATH_POINTS (x, y) pairs, into `out` from index `at`: DNS → down to the bus → along it →
 * down to the load balancer above the AZ it picked → out of its bottom → to the tile. Writing into
 * the caller's array keeps spawning hundreds a second free of garbage. Returns the fate, or -1 when
 * nothing flows. `random` is cosmetic randomness in [0, 1) (Phaser's RNG in the game, never the
 * simulation's).
 */
export function writeParticlePath(l: BoardLayout, sampler: FlowSampler, random: () => number, out: { [i: number]: number }, at: number): ParticleFate | -1 {
  const route = pickRoute(sampler, random());
  if (!route) return -1;
  const ep = l.endpoints[route.endpoint];
  if (!ep) return -1;
  const c = routeCache(l);
  const lb = route.loadBalancerId ? c.loadBalancers.get(route.loadBalancerId) : undefined;
  const tile = route.instanceId === null ? undefined : l.tiles.get(route.instanceId);
  if (route.instanceId !== null && !tile) return -1;
  const exit = lb && route.zoneId ? lb.exits[route.zoneId] : undefined;
  // The load balancer fans requests out: across the bus and straight down through it above the AZ
  // it picked. Jitter: (random() - 0.5) * 2 * radius.
  const x = exit ? exit.x + (random() - 0.5) * 12 : ep.anchor.x + (lb ? (random() - 0.5) * 2 * Math.min(30, lb.rect.w * 0.25) : 0);
  const from = c.exits[route.endpoint]!;
  const sx = from.x + (random() - 0.5) * 6;
  out[at] = sx;
  out[at + 1] = from.y;
  out[at + 2] = sx;
  out[at + 3] = c.busY;
  out[at + 4] = x;
  out[at + 5] = c.busY;
  out[at + 6] = x;
  out[at + 7] = ep.anchor.y;
  if (!tile) {
    // Dropped: into the load balancer, out of its bottom edge, and gone.
    const gone = ep.anchor.y + (lb?.rect.h ?? 0) + 10;
    out[at + 8] = out[at + 10] = x;
    out[at + 9] = out[at + 11] = gone;
    return 2;
  }
  const half = l.grid.size / 2;
  out[at + 8] = x;
  out[at + 9] = lb && exit ? exit.y : ep.anchor.y;
  out[at + 10] = tile.x + half + (random() - 0.5) * 0.8 * half;
  out[at + 11] = tile.y + half + (random() - 0.5) * 0.8 * half;
  return route.dead ? 1 : 0;
}

/** What every particle of a layout looks up: load balancers by id, each endpoint's exit from DNS, the bus. */
interface RouteCache {
  loadBalancers: Map<string, BoardLayout['loadBalancers'][number]>;
  exits: Point[];
  busY: number;
}

/** Per layout (a layout never changes once made): spawning hundreds of particles a second should not search lists. */
const routeCaches = new WeakMap<BoardLayout, RouteCache>();

function routeCache(l: BoardLayout): RouteCache {
  let c = routeCaches.get(l);
  if (!c) {
    c = { loadBalancers: new Map(l.loadBalancers.map((b) => [b.id, b])), exits: l.endpoints.map((_, i) => dnsExit(l, i, l.endpoints.length)), busY: dnsBusY(l) };
    routeCaches.set(l, c);
  }
  return c;
}

/** One particle's path as points (what writeParticlePath writes, for reading rather than drawing). */
export function particlePath(l: BoardLayout, sampler: FlowSampler, random: () => number): ParticlePath | null {
  const out = new Float64Array(PATH_POINTS * 2);
  const fate = writeParticlePath(l, sampler, random, out, 0);
  if (fate < 0) return null;
  const points = Array.from({ length: PATH_POINTS }, (_, i) => ({ x: out[2 * i]!, y: out[2 * i + 1]! }));
  return { points, fate: fate as ParticleFate };
}
