import type { EventSink } from '../core/events';
import { chance, nextInt } from '../core/rng';
import type { RandomFaultSpec } from '../core/scenario';
import type { World } from '../core/world';
import { faultDef } from './registry';
import { endFaults, startFault } from './startFault';

/**
 * Ends expired faults, then starts the level's scheduled faults for this tick, then draws random
 * ones. Runs before lifecycles and routing: no traffic reaches a zone that failed this tick.
 */
export function runFaults(world: World, events: EventSink): void {
  endFaults(world, events);
  const now = world.tick;
  const spec = world.scenario.faults;
  for (const f of spec.scheduled ?? []) {
    if (f.atSeconds !== now) continue;
    // A scheduled fault whose target is wrong was refused by the level checker; at run time it simply does not happen.
    void startFault(world, { kind: f.kind, targetId: f.target, durationSeconds: f.durationSeconds, spikePct: f.spikePct }, events);
  }
  for (const r of spec.random ?? []) drawRandomFault(world, r, events);
}

/**
 * One draw per rule per tick, not per target: pick one slot of the target list with probability
 * n·rate/3600 and fault it if it is eligible. Each eligible target is then hit with probability
 * rate/3600 per second, and the hot loop stays O(rules) with no allocation.
 */
function drawRandomFault(world: World, rule: RandomFaultSpec, events: EventSink): void {
  const def = faultDef(rule.kind);
  if (!def) return;
  const ids = def.pool(world);
  const n = ids.length;
  if (n === 0) return;
  if (!chance(world, Math.min(1, (rule.perHour * n) / 3600))) return;
  const picked = ids[nextInt(world, 0, n - 1)];
  if (!picked || !picked.id.startsWith(rule.targetPrefix ?? '') || !def.eligible(picked)) return;
  const duration = rule.durationSeconds !== undefined ? { durationSeconds: rule.durationSeconds } : {};
  void startFault(world, { kind: rule.kind, targetId: picked.id, ...duration }, events);
}
