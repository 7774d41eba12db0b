import type { EventSink } from '../core/events';
import { chance, nextInt } from '../core/rng';
import { derivedSlot } from '../core/derived';
import type { RandomFaultSpec } from '../core/scenario';
import { chooseTarget, isTargetChoice, type FaultTargetChoice } from './chooseTarget';
import { faultPlan, type PlannedFault } from './faultPlan';
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
      const target = isTargetChoice(f.target) ? chooseFor(world, f.kind, f.target) : f.target;
      // Nothing left to hit (every candidate is down already): the fault does not happen.
      if (target === null) continue;
      // A scheduled fault whose target is wrong was refused by the level checker; at run time it simply does not happen.
      void startFault(world, { kind: f.kind, targetId: target, durationSeconds: f.durationSeconds, spikePct: f.spikePct }, events);
    }
  }
  const random = spec.random;
  if (random) for (const r of random) drawRandomFault(world, r, events);
}

function chooseFor(world: World, kind: string, choice: FaultTargetChoice): string | null {
  const def = faultDef(kind);
  return def ? chooseTarget(world, def, choice) : null;
}

/** The level's scheduled faults by tick (windows drawn for this seed), in the level's order (a level never changes during a run). */
const scheduleSlot = derivedSlot('faults.schedule', () => ({ byTick: null as Map<number, PlannedFault[]> | null }));
function scheduleOf(world: World): Map<number, PlannedFault[]> {
  const slot = scheduleSlot(world);
  if (slot.byTick) return slot.byTick;
  const byTick = new Map<number, PlannedFault[]>();
  for (const f of faultPlan(world.scenario, world.seed)) {
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
