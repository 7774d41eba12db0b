import type { EventSink } from '../core/events';
import type { World } from '../core/world';
import type { TrafficTally } from './tally';

/**
 * SLA-style uptime: AWS counts the minutes a service was unavailable (DOMAIN §1.3). Each one-minute
 * window is good when failed + too-slow requests stay at or under the level's threshold; a window
 * with no demand is good. Also tracks the longest run of bad windows, the measured interruption.
 */
export function measureUptime(world: World, tally: TrafficTally, events: EventSink): void {
  const m = world.metrics;
  const bad = tally.failed + tally.slow;
  m.requests += tally.requests;
  m.served += tally.good;
  m.failed += tally.failed;
  m.slow += tally.slow;
  m.windowRequests += tally.requests;
  m.windowBad += bad;
  m.lastDemandRps = tally.requests;
  m.lastServedRps = tally.good;
  m.lastFailedRps = bad;
  m.lastLatencyMs = tally.latencyMs;
  m.capacityRps = tally.capacityRps;

  const now = world.tick;
  if ((now + 1) % 60 !== 0) return;
  const thresholdPct = world.scenario.objectives.badMinuteFailedPct ?? 1;
  const windowBad = m.windowRequests > 0 && m.windowBad * 100 > thresholdPct * m.windowRequests;
  m.windows += 1;
  if (windowBad) {
    m.badStreakWindows += 1;
    if (m.outageStartTick === null) m.outageStartTick = now - 59;
    m.longestOutageTicks = Math.max(m.longestOutageTicks, now + 1 - m.outageStartTick);
    events.push({ tick: now, type: 'sla.minuteBad', value: Math.round((m.windowBad * 1000) / m.windowRequests) / 10 });
    const allowed = allowedBadWindows(world);
    if (m.windows - m.goodWindows === allowed + 1) events.push({ tick: now, type: 'sla.breached', detail: 'error budget spent' });
  } else {
    m.goodWindows += 1;
    m.badStreakWindows = 0;
    m.outageStartTick = null;
  }
  m.windowRequests = 0;
  m.windowBad = 0;
}

/** The error budget: bad minutes the SLA allows over the whole scenario. */
export function allowedBadWindows(world: World): number {
  const total = Math.floor(world.durationTicks / 60);
  return Math.floor((total * (100 - world.scenario.objectives.slaPct)) / 100 + 1e-9);
}
