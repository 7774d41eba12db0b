import type { World } from '../../../sim';

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

/** When the running fault of `kind` on `targetId` ends (undefined when there is none). */
export const faultEnd = (world: World, kind: string, targetId: string): number | undefined => world.faults.find((f) => f.kind === kind && f.targetId === targetId)?.endTick;
