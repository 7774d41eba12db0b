import type { EventSink } from '../events';
import type { FaultKind, RandomFaultSpec } from '../model/scenario';
import type { World } from '../model/world';
import { endFaults, startFault } from '../faults';
import { chance, nextInt } from '../rng';

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
    startFault(world, { kind: f.kind, targetId: f.target, durationSeconds: f.durationSeconds, spikePct: f.spikePct }, events);
  }
  for (const r of spec.random ?? []) drawRandomFault(world, r, events);
}

/**
 * One draw per rule per tick, not per target: pick one slot of the target list with probability
 * n·rate/3600 and fault it if it is eligible. Each eligible target is then hit with probability
 * rate/3600 per second, and the hot loop stays O(rules) with no allocation.
 */
function drawRandomFault(world: World, rule: RandomFaultSpec, events: EventSink): void {
  const ids = pool(world, rule.kind);
  const n = ids.length;
  if (n === 0) return;
  if (!chance(world, Math.min(1, (rule.perHour * n) / 3600))) return;
  const picked = ids[nextInt(world, 0, n - 1)];
  if (!picked || !picked.id.startsWith(rule.targetPrefix ?? '') || !isEligible(rule.kind, picked)) return;
  const duration = rule.durationSeconds !== undefined ? { durationSeconds: rule.durationSeconds } : {};
  startFault(world, { kind: rule.kind, targetId: picked.id, ...duration }, events);
}

type Candidate = { id: string; state: string; purchase?: string; spotReclaimTick?: number | null };

function pool(world: World, kind: FaultKind): readonly Candidate[] {
  if (kind.startsWith('instance.')) return world.instances;
  if (kind.startsWith('zone.')) return world.zones;
  if (kind === 'region.outage') return world.regions;
  if (kind === 'database.primaryFailure') return world.databases;
  return TRAFFIC;
}
const TRAFFIC: readonly Candidate[] = [{ id: 'traffic', state: 'available' }];

function isEligible(kind: FaultKind, c: Candidate): boolean {
  if (kind === 'instance.spotInterruption') return c.state === 'running' && c.purchase === 'spot' && c.spotReclaimTick === null;
  if (kind.startsWith('instance.')) return c.state === 'running' || c.state === 'pending';
  return c.state === 'available';
}
