import { BANDS } from '../../services/entityView';
import { ENTITY_VIEWS } from '../../services/registry';
import { selectionOf, type Selection } from '../../services/selection';
import type { BoardLayout } from './boardLayout';

/** The selectable kinds by band, most specific band first (built once: the pointer asks every move). */
const BY_BAND = BANDS.flatMap((band) => ENTITY_VIEWS.filter((v) => v.board.band === band));

/**
 * What is under a point in board space, most specific first: an instance tile (its whole cell, so
 * compact tiles stay easy to hit), a database node, a load balancer, an Auto Scaling group's
 * outline, an AZ column, a Region, DNS (the service). Each service view finds its own in its band.
 * Null on empty board.
 */
export function hitTest(l: BoardLayout, x: number, y: number): Selection | null {
  for (const view of BY_BAND) {
    const id = view.board.hit(l, x, y);
    if (id !== null) return selectionOf(view.kind, id);
  }
  return null;
}
