import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import type { Instance } from './state';

/**
 * The in-memory sessions an instance holds are gone (it stopped, rebooted, was terminated, or left
 * its load balancer): each is a shopper whose next request fails, logged out with the basket lost.
 * Counted at once as one failed request each (cause `session`), in the totals and the current
 * one-minute window, with a `sessions.lost` event saying why.
 */
export function loseSessions(world: World, inst: Instance, events: EventSink, why: string): void {
  if (inst.sessions === 0) return;
  const m = world.metrics;
  m.sessionsLost += inst.sessions;
  m.failed += inst.sessions;
  m.failedByCause.session += inst.sessions;
  m.requests += inst.sessions;
  m.windowBad += inst.sessions;
  m.windowRequests += inst.sessions;
  events.push({ tick: world.tick, type: 'sessions.lost', subject: inst.id, value: inst.sessions, detail: why });
  inst.sessions = 0;
}
