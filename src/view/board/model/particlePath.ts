import type { BoardLayout } from '../layout/boardLayout';
import { dnsRoute } from '../layout/dnsRoute';
import type { Point } from '../layout/geometry';
import { pickRoute, type FlowSampler } from './flowSampler';

/** Points on a particle's path; shorter routes repeat their last point. */
export const PATH_POINTS = 6;

/** A particle's path (DNS → bus → endpoint → through the load balancer → tile) and how it ends. */
export interface ParticlePath {
  points: Point[];
  /** 0 served, 1 reaches a dead target (fails there), 2 dies at the load balancer. */
  fate: 0 | 1 | 2;
}

/**
 * One request particle's path, its route drawn in proportion to last tick's simulated flows.
 * `random` is cosmetic randomness in [0, 1) (Phaser's RNG in the game, never the simulation's).
 */
export function particlePath(l: BoardLayout, sampler: FlowSampler, random: () => number): ParticlePath | null {
  const route = pickRoute(sampler, random());
  if (!route) return null;
  const ep = l.endpoints[route.endpoint];
  if (!ep) return null;
  const jitter = (r: number) => (random() - 0.5) * 2 * r;
  const lb = route.loadBalancerId ? l.loadBalancers.find((x) => x.id === route.loadBalancerId) : undefined;
  const tile = route.instanceId === null ? undefined : l.tiles.get(route.instanceId);
  if (route.instanceId !== null && !tile) return null;
  const exit = lb && route.zoneId ? lb.exits[route.zoneId] : undefined;
  // The load balancer fans requests out: across the bus and straight down through it above the AZ it picked.
  const x = exit ? exit.x + jitter(6) : ep.anchor.x + (lb ? jitter(Math.min(30, lb.rect.w * 0.25)) : 0);
  const [p0, p1, p2] = dnsRoute(l, route.endpoint, { x, y: ep.anchor.y });
  const start = { x: p0.x + jitter(3), y: p0.y };
  const down = { x: p1.x + (start.x - p0.x), y: p1.y };
  const top = { x, y: ep.anchor.y };
  if (!tile) {
    // Dropped: into the load balancer, out of its bottom edge, and gone.
    return { points: [start, down, p2, top, { x, y: top.y + (lb?.rect.h ?? 0) + 10 }], fate: 2 };
  }
  const half = l.grid.size / 2;
  const end = { x: tile.x + half + jitter(half * 0.4), y: tile.y + half + jitter(half * 0.4) };
  const fate = route.dead ? 1 : 0;
  if (!lb || !exit) return { points: [start, down, p2, top, top, end], fate };
  return { points: [start, down, p2, top, { x, y: exit.y }, end], fate };
}
