import type { World } from '../../sim';
import { contains } from '../board/layout/geometry';
import type { BoardView, Chip, LegendItem } from './entityView';

/**
 * The board look of a Region-level service (band 'service'): its chips in the Region's service
 * strip, hit and outlined by the rectangles the layout gave them. `kind` is the entity's kind.
 */
export function chipBoard(kind: string, chips: (world: World, regionId: string) => Chip[], legend?: readonly LegendItem[]): BoardView {
  return {
    band: 'service',
    chips,
    hit: (l, x, y) => l.chips.find((c) => c.kind === kind && contains(c.rect, x, y))?.id ?? null,
    outline: (l, id) => l.chips.find((c) => c.kind === kind && c.id === id)?.rect ?? null,
    ...(legend ? { legend } : {}),
  };
}
