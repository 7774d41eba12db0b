import type { World } from '../../../sim';
import type { Chip } from '../../services/entityView';
import { ENTITY_VIEWS } from '../../services/registry';

/** The kinds that put chips on the board (band 'service'), in registry order. */
const CHIP_VIEWS = ENTITY_VIEWS.filter((v) => v.board.chips);

/** A chip with the kind and Region it belongs to. */
export interface BoardChip {
  kind: string;
  regionId: string;
  chip: Chip;
}

/** Every Region-level service's chip, Region by Region, kinds in registry order (as their descriptors say). */
export function boardChips(world: World): BoardChip[] {
  const out: BoardChip[] = [];
  for (const r of world.regions) for (const v of CHIP_VIEWS) for (const chip of v.board.chips!(world, r.id)) out.push({ kind: v.kind, regionId: r.id, chip });
  return out;
}

/** A chip's key in a layout or a lookup: its kind and id. */
export const chipKey = (kind: string, id: string): string => `${kind} ${id}`;
