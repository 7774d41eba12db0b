import type { Selection } from '../../services/selection';
import type { BoardLayout } from './boardLayout';
import { union, type Rect } from './geometry';
import { selectionRect } from './selectionRect';

/**
 * What the zoom buttons zoom towards: the selection's outline, else the estate — everything the
 * board draws for it (DNS, load balancers, instance tiles, databases, service chips), not the empty
 * room an AZ column keeps for instances to come.
 */
export function focusRect(l: BoardLayout, sel: Selection | null): Rect {
  const selected = selectionRect(l, sel);
  if (selected) return selected;
  const parts: Rect[] = [l.dns, ...l.loadBalancers.map((x) => x.rect), ...l.databaseNodes.map((x) => x.rect), ...l.chips.map((x) => x.rect)];
  for (const p of l.tiles.values()) parts.push({ x: p.x, y: p.y, w: l.grid.size, h: l.grid.size + l.grid.labelH });
  for (const g of l.scalingGroups) parts.push(...g.rects);
  return union(parts);
}
