import { type World } from '../../../sim';
import { entityView } from '../../services/registry';
import { selectionId, type Selection } from '../../services/selection';

/**
 * One line about what the pointer is over (the board's tooltip), as its service view describes it:
 * the same facts as the estate list, so small tiles stay readable without zooming.
 */
export function describeTarget(world: World, sel: Selection, undetected: ReadonlySet<string>): string {
  const view = entityView(sel.kind);
  return view ? view.describe(world, selectionId(sel), { undetected }) : selectionId(sel);
}
