import { nextInt } from '../core/rng';
import type { World } from '../core/world';
import { isServing } from '../services/instance/tags';
import type { AnyFaultDef, FaultCandidate } from './defineFault';

/** What a scheduled fault may name instead of an id: chosen when the fault starts. */
export const FAULT_TARGET_CHOICES = ['busiest', 'random'] as const;
export type FaultTargetChoice = (typeof FAULT_TARGET_CHOICES)[number];

export const isTargetChoice = (target: string | undefined): target is FaultTargetChoice => (FAULT_TARGET_CHOICES as readonly string[]).includes(target ?? '');

/**
 * The id a `busiest` or `random` target stands for, now; null when nothing can be hit (every
 * candidate is already down). `random` is a seeded pick among the candidates the kind may hit.
 * `busiest` is Murphy's law: the one holding the most of the player's serving capacity (requests per
 * second the serving instances in it can answer); ties, and a kind without capacity (a database),
 * are broken by a seeded pick, so an estate spread evenly is hit anywhere.
 */
export function chooseTarget(world: World, def: AnyFaultDef, choice: FaultTargetChoice): string | null {
  const candidates = def.pool(world).filter((c: FaultCandidate) => def.eligible(c));
  if (candidates.length === 0) return null;
  let best = candidates;
  if (choice === 'busiest') {
    const weights = candidates.map((c: FaultCandidate) => servingCapacity(world, def.targets, c.id));
    const top = Math.max(...weights);
    best = candidates.filter((_c: FaultCandidate, i: number) => weights[i] === top);
  }
  return best[nextInt(world, 0, best.length - 1)]!.id;
}

/** Requests per second the serving instances in a zone, a Region or one instance can answer now. */
function servingCapacity(world: World, targets: AnyFaultDef['targets'], id: string): number {
  if (targets === 'database' || targets === 'none') return 0;
  const now = world.tick;
  const zoneIds = targets === 'region' ? new Set(world.zones.filter((z) => z.regionId === id).map((z) => z.id)) : null;
  let rps = 0;
  for (const inst of world.instances) {
    const inside = targets === 'instance' ? inst.id === id : targets === 'zone' ? inst.zoneId === id : zoneIds!.has(inst.zoneId);
    if (inside && isServing(inst, now)) rps += inst.capacityRps;
  }
  return rps;
}
