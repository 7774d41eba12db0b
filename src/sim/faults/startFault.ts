import { fail, ok, type Result } from '../../shared/result';
import type { EventSink } from '../core/events';
import { newId } from '../core/ids';
import { react } from '../core/reactions';
import type { World } from '../core/world';
import type { FaultRequest } from './defineFault';
import { faultDef } from './registry';

/**
 * Starts a fault now. Faults are shaped like AWS FIS actions; each can come from a level's schedule,
 * a seeded random rate, or a command (a teacher's hotkey). Returns why not when the target is wrong.
 */
export function startFault(world: World, req: FaultRequest, events: EventSink): Result<string> {
  const def = faultDef(req.kind);
  if (!def) return fail(`there is no fault kind "${req.kind}"`);
  const now = world.tick;
  // A fault that must end (an outage, a spike) never gets a zero or negative duration.
  const asked = req.durationSeconds ?? def.defaultDurationSeconds;
  const duration = asked > 0 || def.defaultDurationSeconds === 0 || def.durationOptional ? asked : def.defaultDurationSeconds;
  const target = req.targetId ?? '';
  const affected: string[] = [];
  const checked = def.check(world, { ...req, targetId: target });
  if (!checked.ok) return checked;
  def.start(world, checked.value, { ...req, targetId: target }, affected, events);
  const id = newId(world, 'fault');
  if (duration > 0) {
    world.faults.push({ id, kind: req.kind, targetId: target, startTick: now, endTick: now + duration, affected, value: req.kind === 'traffic.spike' ? (req.spikePct ?? 300) : 0 });
  }
  events.push({ tick: now, type: 'fault.started', subject: target || req.kind, detail: req.kind, value: duration });
  return ok(id);
}

/** Ends the faults whose time is up. Runs first in the tick. */
export function endFaults(world: World, events: EventSink): void {
  const now = world.tick;
  const faults = world.faults;
  let anyDue = false;
  for (let i = 0; i < faults.length && !anyDue; i++) anyDue = faults[i]!.endTick <= now;
  if (!anyDue) return;
  const ended = world.faults.filter((f) => f.endTick <= now);
  // Remove them first, so each ending can see which faults are still running.
  world.faults = world.faults.filter((f) => f.endTick > now);
  for (const f of ended) {
    // Another fault of the same kind still holding the same target keeps it down; the instances this
    // one stopped are handed to it, so they restart when the last one ends.
    const holder = f.kind === 'traffic.spike' ? undefined : world.faults.find((g) => g.kind === f.kind && g.targetId === f.targetId);
    if (holder) holder.affected.push(...f.affected.filter((id) => !holder.affected.includes(id)));
    else {
      faultDef(f.kind)?.end?.(world, f.targetId, events);
      react('faultEnded', world, f, events);
    }
    events.push({ tick: now, type: 'fault.ended', subject: f.targetId || f.kind, detail: f.kind });
  }
}
