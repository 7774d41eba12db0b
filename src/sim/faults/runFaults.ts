import type { EventSink } from '../core/events';
import { chance, nextInt } from '../core/rng';
import { derivedSlot } from '../core/derived';
import type { RandomFaultSpec, ScheduledFaultSpec } from '../core/scenario';
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
  const due = scheduleOf(world).get(now);
  if (due) {
    for (const f of due) {
      // A scheduled fault whose target is wrong was refused by the level checker; at run time it simply does not happen.
      void startFault(world, { kind: f.kind, targetId: f.target, durationSeconds: f.durationSeconds, spikePct: f.spikePct }, events);
    }
  }
  const random = spec.random;
  if (random) for (const r of random) drawRandomFault(world, r, events);
}

/** The level's scheduled faults by tick, in the level's order (a level never changes during a run). */
const scheduleSlot = derivedSlot('faults.schedule', () => ({ byTick: null as Map<number, ScheduledFaultSpec[]> | null }));
function scheduleOf(world: World): Map<number, ScheduledFaultSpec[]> {
  const slot = scheduleSlot(world);
  if (slot.byTick) return slot.byTick;
  const byTick = new Map<number, ScheduledFaultSpec[]>();
  for (const f of world.scenario.faults.scheduled ?? []) {
    const list = byTick.get(f.atSeconds) ?? [];
    list.push(f);
    byTick.set(f.atSeconds, list);
  }
  return (slot.byTick = byTick);
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
