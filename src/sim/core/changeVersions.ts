import { SERVICE_KINDS } from '../services/registry';
import type { SimEvent } from './events';
import type { World } from './world';

/**
 * Per-kind change versions, for clients that redraw only what changed (the estate list, panels).
 * A kind's version moves in a tick when one of its events happened, and when one of its commands
 * is accepted (a refused command changes nothing); the events are the model's record of every change of state a player can see.
 * Continuous figures (loads, queue depths) change every tick and have no version: a client that
 * shows them refreshes them on its own clock. The engine's own events (faults, commands, the SLA)
 * move the 'engine' version.
 */
export const ENGINE_VERSION = 'engine';

export function initialVersions(): Record<string, number> {
  return Object.fromEntries([ENGINE_VERSION, ...SERVICE_KINDS.map((k) => k.name)].map((k) => [k, 0]));
}

let owners: Map<string, string> | null = null;
/** Event type or command type → the kind that owns it (built once from the registry). */
function ownerOf(type: string): string {
  if (!owners) {
    owners = new Map();
    for (const k of SERVICE_KINDS) {
      for (const e of k.events) owners.set(e, k.name);
      for (const c of k.commands ?? []) owners.set(c.type, k.name);
    }
  }
  return owners.get(type) ?? ENGINE_VERSION;
}

/** Moves the version of every kind one of `events` (from `start` on) belongs to, once each. */
export function noteEvents(world: World, events: readonly SimEvent[], start = 0): void {
  let last = '';
  for (let i = start; i < events.length; i++) {
    const e = events[i]!;
    // An accepted command belongs to the kind whose command it is (its detail is the command type).
    const kind = e.type === 'command.accepted' ? ownerOf(e.detail ?? '') : ownerOf(e.type);
    if (kind === last) continue;
    last = kind;
    world.versions[kind] = (world.versions[kind] ?? 0) + 1;
  }
}

/** The change version of a kind (`instance`, `loadBalancer` …, or 'engine'): equal values mean nothing of it changed. */
export function changeVersion(world: World, kind: string): number {
  return world.versions[kind] ?? 0;
}
