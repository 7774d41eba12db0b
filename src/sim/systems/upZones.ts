import type { World } from '../model/world';

/**
 * The zones that can run and serve this tick (zone not down, region not down). Computed once per
 * tick so the per-instance loops test membership in O(1).
 */
export function upZones(world: World): Set<string> {
  const downRegions = new Set(world.regions.filter((r) => r.state === 'down').map((r) => r.id));
  const up = new Set<string>();
  for (const z of world.zones) if (z.state !== 'down' && !downRegions.has(z.regionId)) up.add(z.id);
  return up;
}
