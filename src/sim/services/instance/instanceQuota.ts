import { LEVEL_LIMITS } from '../../../shared/levelLimits';
import type { World } from '../../core/world';
import { ALIVE } from './tags';

/**
 * The game's own cap on instances one run may hold, so that no level or run of commands can make a
 * tick or a frame of the board heavy enough to freeze the page (an estate of 20,000 froze Chromium
 * for 3.3 s when the board opened). It is not an AWS figure: AWS accounts have EC2 quotas of their
 * own (in vCPUs), which the game does not model.
 */
export const INSTANCE_QUOTA = LEVEL_LIMITS.instancesAtOnce;

/**
 * Instances the estate has committed to: every alive instance outside a group, and each Auto
 * Scaling group at its maximum (a group may launch up to it at any time without a command).
 */
export function committedInstances(world: World): number {
  let n = 0;
  for (const inst of world.instances) if (inst.scalingGroupId === null && ALIVE.has(inst.state)) n += 1;
  for (const g of world.scalingGroups) n += g.max;
  return n;
}

/** Why `more` further instances cannot be committed, or null when they fit under the cap. */
export function quotaRefusal(world: World, more: number): string | null {
  const now = committedInstances(world);
  if (more <= 0 || now + more <= INSTANCE_QUOTA) return null;
  return `the game runs at most ${INSTANCE_QUOTA} instances at once (standalone instances plus each Auto Scaling group's max); this estate holds ${now}, so ${more} more do not fit: terminate some, or lower a group's max`;
}
