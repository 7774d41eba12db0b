import type { EventSink } from '../events';
import { DR_POSTURES } from '../model/lifecycles';
import type { World } from '../model/world';
import { provisionPosture } from '../dr/provisionPosture';
import { startFailback, startFailover } from '../dr/runbook';
import { refreshDnsAnswer } from '../systems/checkDnsHealth';
import { startFault } from '../faults';
import { FAULT_KINDS } from '../model/scenario';
import { fail, ok, type Result } from '../../shared/result';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function setPosture(world: World, c: Of<'dr.setPosture'>, events: EventSink): Result<string> {
  if (!DR_POSTURES.includes(c.posture)) return fail(`posture must be one of ${DR_POSTURES.join(', ')}`);
  return provisionPosture(world, { posture: c.posture, primaryRegionId: c.primaryRegionId, drRegionId: c.drRegionId }, events);
}

export function failOverRegion(world: World, c: Of<'region.failOver'>, events: EventSink): Result<string> {
  return startFailover(world, c.fromRegionId, c.toRegionId, events);
}

export function failBackRegion(world: World, events: EventSink): Result<string> {
  return startFailback(world, events);
}

/** Weighted routing: weights per endpoint (0–255 like Route 53); the answer changes now, clients over the TTL. */
export function setDnsWeights(world: World, c: Of<'dns.setWeights'>, events: EventSink): Result<string> {
  const dns = world.dns;
  for (const [id, w] of Object.entries(c.weights)) {
    if (!dns.endpoints.some((e) => e.id === id)) return fail(`there is no DNS endpoint "${id}" (${dns.endpoints.map((e) => e.id).join(', ')})`);
    if (!Number.isInteger(w) || w < 0 || w > 255) return fail('weights are whole numbers 0–255');
  }
  if (dns.endpoints.every((e) => (c.weights[e.id] ?? e.weight) === 0)) return fail('at least one endpoint needs a weight above 0');
  for (const e of dns.endpoints) e.weight = c.weights[e.id] ?? e.weight;
  dns.policy = 'weighted';
  refreshDnsAnswer(world, events);
  return ok('weighted');
}

export function setSessionMode(world: World, c: Of<'session.setMode'>, events: EventSink): Result<string> {
  if (c.mode !== 'memory' && c.mode !== 'store') return fail('mode is "memory" or "store"');
  if (world.sessions.mode === c.mode) return fail(`sessions are already kept in ${c.mode}`);
  world.sessions.mode = c.mode;
  // Moving sessions into the store keeps them; moving back to memory starts every instance empty.
  for (const inst of world.instances) inst.sessions = 0;
  events.push({ tick: world.tick, type: 'sessions.modeChanged', detail: c.mode });
  return ok(c.mode);
}

export function injectFault(world: World, c: Of<'fault.inject'>, events: EventSink): Result<string> {
  if (!FAULT_KINDS.includes(c.kind)) return fail(`fault kinds: ${FAULT_KINDS.join(', ')}`);
  if (c.durationSeconds !== undefined && (!Number.isInteger(c.durationSeconds) || c.durationSeconds < 0 || c.durationSeconds > 86_400)) {
    return fail('durationSeconds must be a whole number of seconds up to one day');
  }
  if (c.spikePct !== undefined && c.kind !== 'traffic.spike') return fail(`spikePct applies only to traffic.spike, not ${c.kind}`);
  if (c.durationSeconds === 0 && c.kind !== 'instance.stop' && c.kind !== 'instance.terminate' && c.kind !== 'instance.reboot') {
    return fail('this fault needs a duration: durationSeconds of at least 1');
  }
  return startFault(world, { kind: c.kind, targetId: c.targetId, durationSeconds: c.durationSeconds, spikePct: c.spikePct }, events);
}
