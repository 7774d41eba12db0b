import { entityView } from '../../services/registry';
import { selectionId, type Selection } from '../../services/selection';
import type { BoardLayout } from './boardLayout';
import type { Rect } from './geometry';

/** The rectangle to outline for a selection, as its service view says (null when it is not on the board, e.g. pruned). */
export function selectionRect(l: BoardLayout, sel: Selection | null): Rect | null {
  if (!sel) return null;
  return entityView(sel.kind)?.board.outline(l, selectionId(sel)) ?? null;
}
