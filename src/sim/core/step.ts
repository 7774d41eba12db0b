import { applyCommand } from '../commands/applyCommand';
import type { Command } from '../commands/types';
import { runFaults } from '../faults/runFaults';
import { upZones } from '../services/places/places';
import { SERVICE_KINDS } from '../services/registry';
import { billTick } from '../traffic/billTick';
import { measureUptime } from '../traffic/measureUptime';
import { routeTraffic } from '../traffic/router';
import { emptyTally } from '../traffic/tally';
import { noteEvents } from './changeVersions';
import type { SimEvent } from './events';
import { PHASES, type Phase } from './phases';
import type { SystemDef, TickContext } from './serviceKind';
import type { World } from './world';

export interface StepResult {
  world: World;
  events: SimEvent[];
}

/** The engine's own systems, placed in the written order beside the kinds'. */
const ENGINE_SYSTEMS: readonly SystemDef[] = [
  { name: 'faults.run', phase: 'faults', run: (world, ctx) => runFaults(world, ctx.events) },
  { name: 'traffic.route', phase: 'route', run: (world, ctx) => void (ctx.tally = routeTraffic(world, ctx)) },
  { name: 'billing.charge', phase: 'bill', run: (world, ctx) => billTick(world, ctx.tally) },
  { name: 'uptime.measure', phase: 'measure', run: (world, ctx) => measureUptime(world, ctx.tally, ctx.events) },
];

/**
 * Every system in the order one tick runs them: phase by phase (core/phases.ts says why each is
 * where it is); within a phase the engine's own first, then the kinds' in registry order, moved
 * after any system they name in `after`.
 */
export function systemOrder(): SystemDef[] {
  const all = [...ENGINE_SYSTEMS, ...SERVICE_KINDS.flatMap((k) => k.systems ?? [])];
  const names = new Set(all.map((s) => s.name));
  if (names.size !== all.length) throw new Error('two systems share a name');
  const out: SystemDef[] = [];
  for (const phase of PHASES) {
    const pending = all.filter((s) => s.phase === phase);
    while (pending.length > 0) {
      const ready = pending.findIndex((s) => (s.after ?? []).every((a) => !pending.some((p) => p.name === a)));
      if (ready < 0) throw new Error(`systems of phase ${phase} wait on each other: ${pending.map((s) => s.name).join(', ')}`);
      out.push(...pending.splice(ready, 1));
    }
  }
  return out;
}

let order: { before: SystemDef[]; after: SystemDef[] } | null = null;
/** Split at 'scaling': the zones that are up are measured once, after faults, lifecycles and DR have run. */
function ordered(): { before: SystemDef[]; after: SystemDef[] } {
  if (order) return order;
  const all = systemOrder();
  const at = all.findIndex((s) => PHASES.indexOf(s.phase) >= PHASES.indexOf('scaling' satisfies Phase));
  return (order = { before: all.slice(0, at < 0 ? all.length : at), after: at < 0 ? [] : all.slice(at) });
}

/**
 * Advances the World by one tick (one simulated second). Deterministic: the same World and commands
 * give the same result in every engine. For speed it updates the World in place and returns it;
 * a caller that needs the old state keeps a structuredClone. Commands act first (phase 'commands').
 */
export function step(world: World, commands: readonly Command[] = []): StepResult {
  const events: SimEvent[] = [];
  for (let i = 0; i < commands.length; i++) applyCommand(world, commands[i], events);
  // applyCommand notes its own changes (a command sent between ticks must move the same versions).
  const systemsFrom = events.length;
  const ctx: TickContext = { events, up: EMPTY, tally: EMPTY_TALLY };
  const systems = ordered();
  const before = systems.before;
  for (let i = 0; i < before.length; i++) before[i]!.run(world, ctx);
  ctx.up = upZones(world);
  const after = systems.after;
  for (let i = 0; i < after.length; i++) after[i]!.run(world, ctx);
  noteEvents(world, events, systemsFrom);
  world.tick += 1;
  return { world, events };
}

const EMPTY: ReadonlySet<string> = new Set();
/** Read by nothing: 'route' sets the tick's tally before 'record', 'bill' and 'measure' read it. */
const EMPTY_TALLY = emptyTally();
