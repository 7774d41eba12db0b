import type { Selection } from '../../play/actionsFor';
import type { BoardLayout } from './boardLayout';
import { contains, rect } from './geometry';

/**
 * What is under a point in board space, most specific first: an instance tile (its whole cell, so
 * compact tiles stay easy to hit), a database node, a load balancer, an Auto Scaling group's
 * outline, an AZ column, a Region, DNS (the service). Null on empty board.
 */
export function hitTest(l: BoardLayout, x: number, y: number): Selection | null {
  const g = l.grid;
  for (const [id, p] of l.tiles) {
    if (x >= p.x - g.gap / 2 && x < p.x + g.pitchX - g.gap / 2 && y >= p.y - g.gap / 2 && y < p.y + g.pitchY - g.gap / 2) {
      return { kind: 'instance', id };
    }
  }
  for (const n of l.databaseNodes) if (contains(n.rect, x, y)) return { kind: 'database', id: n.databaseId };
  for (const lb of l.loadBalancers) if (contains(lb.rect, x, y)) return { kind: 'loadBalancer', id: lb.id };
  for (const sg of l.scalingGroups) if (sg.rects.some((r) => contains(r, x, y))) return { kind: 'scalingGroup', id: sg.id };
  for (const z of l.zones) if (contains(z.column, x, y)) return { kind: 'zone', id: z.id };
  for (const r of l.regions) if (contains(r.rect, x, y)) return { kind: 'region', id: r.id };
  // DNS and the lines just under it stand for the whole service.
  if (contains(rect(l.dns.x, l.dns.y, l.dns.w, l.dns.h + 6), x, y)) return { kind: 'service' };
  return null;
}
