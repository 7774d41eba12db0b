import type { Selection } from '../../play/actionsFor';
import type { BoardLayout } from './boardLayout';
import { union, rect, type Rect } from './geometry';

/** The rectangle to outline for a selection (null when it is not on the board, e.g. pruned). */
export function selectionRect(l: BoardLayout, sel: Selection | null): Rect | null {
  if (!sel) return null;
  switch (sel.kind) {
    case 'instance': {
      const p = l.tiles.get(sel.id);
      return p ? rect(p.x, p.y, l.grid.size, l.grid.size) : null;
    }
    case 'database': {
      const nodes = l.databaseNodes.filter((n) => n.databaseId === sel.id && n.role === 'P');
      return nodes.length > 0 ? union(nodes.map((n) => n.rect)) : null;
    }
    case 'loadBalancer':
      return l.loadBalancers.find((x) => x.id === sel.id)?.rect ?? null;
    case 'scalingGroup': {
      const g = l.scalingGroups.find((x) => x.id === sel.id);
      return g ? union(g.rects) : null;
    }
    case 'zone':
      return l.zones.find((x) => x.id === sel.id)?.column ?? null;
    case 'region':
      return l.regions.find((x) => x.id === sel.id)?.rect ?? null;
    case 'service':
      return l.dns;
  }
}
