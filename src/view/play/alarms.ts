import type { GameSession } from '../../runtime/session';

/**
 * CloudWatch-style alarms the HUD shows while they are in ALARM: readable warnings before and during
 * failure, each a word, never a colour alone.
 */
export function activeAlarms(session: GameSession): string[] {
  const w = session.world;
  const s = session.recorder.smooth;
  const out: string[] = [];
  const slo = session.scenario.traffic.latencySloMs ?? 500;
  if (s.demandRps > 0 && s.failedRps / s.demandRps > 0.01) out.push(`ErrorRate > 1 % (${((s.failedRps * 100) / s.demandRps).toFixed(1)} %)`);
  if (s.capacityRps > 0 && s.demandRps / s.capacityRps > 0.85) out.push(`Utilisation > 85 % (${Math.round((s.demandRps * 100) / s.capacityRps)} %)`);
  if (s.latencyMs > slo / 2) out.push(`Latency > ${Math.round(slo / 2)} ms`);
  for (const lb of w.loadBalancers) {
    const bad = lb.targets.filter((t) => t.health === 'unhealthy').length;
    if (bad > 0) out.push(`UnHealthyHostCount ${lb.id}: ${bad}`);
  }
  for (const db of w.databases) if (db.state !== 'available') out.push(`Database ${db.id} ${db.state}`);
  const recent = session.recorder.events;
  for (let i = recent.length - 1; i >= 0 && recent[i]!.tick > w.tick - 300; i--) {
    if (recent[i]!.type === 'scalingGroup.launchFailed') {
      out.push(`Launch failures (${recent[i]!.subject})`);
      break;
    }
  }
  return out;
}
