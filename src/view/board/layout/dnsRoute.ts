import type { BoardLayout } from './boardLayout';
import type { Point } from './geometry';

/** Where a DNS line leaves the DNS box (spread along its bottom edge, one per endpoint). */
export function dnsExit(l: BoardLayout, i: number, n: number): Point {
  return { x: l.dns.x + (l.dns.w * (i + 1)) / (n + 1), y: l.dns.y + l.dns.h };
}

/** Bus heights by layout: every request particle asks, and a layout never changes once made. */
const busY = new WeakMap<BoardLayout, number>();

/** Height of the horizontal run between DNS and the Regions (lines go down, across, down). */
export function dnsBusY(l: BoardLayout): number {
  let y = busY.get(l);
  if (y === undefined) {
    const top = Math.min(...l.regions.map((r) => r.rect.y), l.dns.y + l.dns.h + 30);
    y = l.dns.y + l.dns.h + (top - (l.dns.y + l.dns.h)) * 0.45;
    busY.set(l, y);
  }
  return y;
}

/** DNS → endpoint as a right-angled route: [exit, down to the bus, across, down to the anchor]. */
export function dnsRoute(l: BoardLayout, i: number, to: Point): [Point, Point, Point, Point] {
  const from = dnsExit(l, i, l.endpoints.length);
  const y = dnsBusY(l);
  return [from, { x: from.x, y }, { x: to.x, y }, to];
}
