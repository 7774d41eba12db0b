import { type World } from '../../../sim';

export type BlastIcon = 'bolt' | 'cross' | 'cycle' | 'warn' | 'block' | 'spike';

/** One failure drawn over what it hit: a dark overlay (dim) and a labelled pill. */
export interface BlastMark {
  scope: 'zone' | 'region' | 'dns';
  /** Zone or Region id ('' for DNS). */
  targetId: string;
  icon: BlastIcon;
  label: string;
  /** Second line: when it ends, or what it does. */
  detail: string;
  /** Darkness of the overlay, 0 (none) to 1. */
  dim: number;
  severity: 'down' | 'warn';
}

/** Remaining simulated seconds as a coarse countdown (minutes), so the label changes rarely. */
export function countdown(seconds: number): string {
  if (seconds <= 0) return 'ending';
  if (seconds < 60) return 'back in <1 min';
  const minutes = Math.ceil(seconds / 60);
  return minutes >= 120 ? `back in ~${Math.round(minutes / 60)} h` : `back in ~${minutes} min`;
}

/** Every fault's blast radius right now, from Region and AZ states and the running faults. */
export function blastRadius(world: World): BlastMark[] {
  const now = world.tick;
  const marks: BlastMark[] = [];
  const faultEnd = (kind: string, target: string) => world.faults.find((f) => f.kind === kind && f.targetId === target)?.endTick;
  for (const r of world.regions) {
    if (r.state === 'down') {
      const end = faultEnd('region.outage', r.id);
      marks.push({ scope: 'region', targetId: r.id, icon: 'cross', label: 'REGION OUTAGE', detail: end !== undefined ? countdown(end - now) : 'down', dim: 0.62, severity: 'down' });
    } else if (r.state === 'recovering') {
      marks.push({ scope: 'region', targetId: r.id, icon: 'cycle', label: 'REGION RECOVERING', detail: countdown(r.deadlineTick - now), dim: 0.3, severity: 'warn' });
    }
  }
  for (const z of world.zones) {
    if (z.state === 'down') {
      const power = faultEnd('zone.powerInterruption', z.id);
      marks.push(
        power !== undefined
          ? { scope: 'zone', targetId: z.id, icon: 'bolt', label: 'POWER CUT', detail: countdown(power - now), dim: 0.6, severity: 'down' }
          : { scope: 'zone', targetId: z.id, icon: 'cross', label: 'AZ DOWN', detail: 'down', dim: 0.6, severity: 'down' },
      );
    } else if (z.state === 'recovering') {
      marks.push({ scope: 'zone', targetId: z.id, icon: 'cycle', label: 'RECOVERING', detail: countdown(z.deadlineTick - now), dim: 0.28, severity: 'warn' });
    } else if (z.launchBlockedUntilTick > now) {
      marks.push({ scope: 'zone', targetId: z.id, icon: 'block', label: 'NO CAPACITY', detail: 'launches fail', dim: 0, severity: 'warn' });
    }
  }
  const spike = world.faults.find((f) => f.kind === 'traffic.spike');
  if (spike) {
    marks.push({ scope: 'dns', targetId: '', icon: 'spike', label: `TRAFFIC ×${(world.trafficSpikePct / 100).toFixed(1).replace(/\.0$/, '')}`, detail: countdown(spike.endTick - now).replace('back in', 'ends in'), dim: 0, severity: 'warn' });
  }
  return marks;
}
