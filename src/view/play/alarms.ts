import type { GameSession } from '../../runtime/session';
import type { SimEventType } from '../../sim';
import { eventView, SERVICE_VIEWS } from '../services/registry';
import { utilisationAlarm } from './utilisationAlarm';

/** An event's alarm (a failed launch) stays in ALARM this long after it, in simulated seconds. */
const EVENT_ALARM_SECONDS = 300;

/**
 * CloudWatch-style alarms the HUD shows while they are in ALARM: readable warnings before and during
 * failure, each a word, never a colour alone. First the service's own (errors, utilisation,
 * latency), then each kind's from its state now, then each kind's from its recent events (the
 * latest of each type).
 */
export function activeAlarms(session: GameSession): string[] {
  const w = session.world;
  const s = session.recorder.smooth;
  const out: string[] = [];
  const slo = session.scenario.traffic.latencySloMs ?? 500;
  if (s.demandRps > 0 && s.failedRps / s.demandRps > 0.01) out.push(`ErrorRate > 1 % (${((s.failedRps * 100) / s.demandRps).toFixed(1)} %)`);
  const utilisation = utilisationAlarm({ demandRps: s.demandRps, capacityNowRps: session.recorder.capacityNowRps() ?? Number.POSITIVE_INFINITY });
  if (utilisation) out.push(utilisation);
  if (s.latencyMs > slo / 2) out.push(`Latency > ${Math.round(slo / 2)} ms`);
  for (const v of SERVICE_VIEWS) if (v.alarms) out.push(...v.alarms(w));
  const recent = session.recorder.events;
  const seen = new Set<SimEventType>();
  for (let i = recent.length - 1; i >= 0 && recent[i]!.tick > w.tick - EVENT_ALARM_SECONDS; i--) {
    const e = recent[i]!;
    const alarm = seen.has(e.type) ? undefined : eventView(e.type)?.alarm;
    if (!alarm) continue;
    seen.add(e.type);
    out.push(alarm(e));
  }
  return out;
}
