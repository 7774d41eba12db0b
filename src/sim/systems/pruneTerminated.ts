import { TIMING } from '../model/constants';
import type { World } from '../model/world';

/**
 * Terminated instances stay visible for a few minutes, then leave the World so long runs with
 * churn do not grow without bound. Checked once a minute; the array is replaced only when needed.
 */
export function pruneTerminated(world: World): void {
  if (world.tick % 60 !== 0) return;
  const cutoff = world.tick - TIMING.terminatedRetentionTicks;
  if (!world.instances.some((i) => i.terminatedTick !== null && i.terminatedTick <= cutoff)) return;
  world.instances = world.instances.filter((i) => i.terminatedTick === null || i.terminatedTick > cutoff);
  // Drop every reference to what left, so nothing points at a missing instance.
  const alive = new Set(world.instances.map((i) => i.id));
  for (const f of world.faults) f.affected = f.affected.filter((id) => alive.has(id));
  if (world.dr) world.dr.instanceIds = world.dr.instanceIds.filter((id) => alive.has(id));
  world.fleetChanged = true;
}
