import { type InstanceState, INSTANCE_STATES, type Instance } from '../../../sim';
import { INK, OKABE_ITO } from '../../board/look/palette';

/** What a tile shows: an instance state, or running-but-still-warming-up (booted, app not ready). */
export const TILE_KEYS = [...INSTANCE_STATES, 'warming'] as const;
export type TileKey = (typeof TILE_KEYS)[number];

export type Icon = 'dot' | 'quarter' | 'half' | 'ring' | 'cycle' | 'dotted' | 'cross';

export interface TileStyle {
  /** Fill colour, or null for an outline-only tile. */
  fill: number | null;
  stroke: number;
  /** Same shapes as the estate list's glyphs (● ◔ ↻ ◑ ○ ◌ ✕). */
  icon: Icon;
  /** Short word written on tiles big enough to hold it. */
  label: string;
}

export const TILE_STYLE: Record<TileKey, TileStyle> = {
  running: { fill: OKABE_ITO.green, stroke: OKABE_ITO.green, icon: 'dot', label: 'RUN' },
  warming: { fill: OKABE_ITO.green, stroke: OKABE_ITO.skyBlue, icon: 'quarter', label: 'WARM' },
  pending: { fill: OKABE_ITO.skyBlue, stroke: OKABE_ITO.skyBlue, icon: 'quarter', label: 'BOOT' },
  rebooting: { fill: OKABE_ITO.skyBlue, stroke: OKABE_ITO.skyBlue, icon: 'cycle', label: 'RBT' },
  stopping: { fill: OKABE_ITO.orange, stroke: OKABE_ITO.orange, icon: 'half', label: 'STOP' },
  stopped: { fill: INK.grey, stroke: INK.grey, icon: 'ring', label: 'OFF' },
  shuttingDown: { fill: OKABE_ITO.vermillion, stroke: OKABE_ITO.vermillion, icon: 'dotted', label: 'END' },
  terminated: { fill: null, stroke: INK.grey, icon: 'cross', label: 'TERM' },
};

export function tileKey(inst: Instance, now: number): TileKey {
  if (inst.state === 'running' && (inst.appReadyTick === null || inst.appReadyTick > now)) return 'warming';
  return inst.state;
}

const FRAMES = {} as Record<TileKey, readonly [string, string]>;
for (const k of TILE_KEYS) FRAMES[k] = [k, `${k}-spot`];

/** The atlas frame of a tile (names built once: the board asks for 1,000 of them a frame). */
export const tileFrame = (key: TileKey, spot: boolean): string => FRAMES[key][spot ? 1 : 0];

/** The utilisation bar has this many lengths (0 = empty … BAR_STEPS = full). */
export const BAR_STEPS = 20;

/** Atlas frame names of the bar lengths, by step (index 0 unused: an empty bar is hidden). */
export const BAR_FRAMES: readonly string[] = Array.from({ length: BAR_STEPS + 1 }, (_, i) => `bar-${i}`);

/** Any load at all shows at least one step; 100 % and over fill the bar. */
export function barStep(utilisation: number): number {
  if (!(utilisation > 0)) return 0;
  return Math.min(BAR_STEPS, Math.max(1, Math.round(utilisation * BAR_STEPS)));
}

/** Bar colour: fine, hot (≥ 80 %, latency climbing), over capacity (≥ 100 %, requests failing). */
export function barTint(utilisation: number): number {
  if (utilisation >= 1) return OKABE_ITO.vermillion;
  if (utilisation >= 0.8) return OKABE_ITO.yellow;
  return 0xffffff;
}

export const BADGES = ['undetected', 'reclaim', 'slow'] as const;
export type Badge = (typeof BADGES)[number];

/**
 * The marker drawn over a tile, most urgent first: dead but still healthy in its load balancer (it
 * keeps getting requests until the health check notices), a spot reclaim notice, a grey failure.
 */
export function badgeFor(inst: Instance, undetected: boolean, now: number): Badge | null {
  if (undetected) return 'undetected';
  if (inst.spotReclaimTick !== null && inst.state !== 'terminated') return 'reclaim';
  if (inst.greyUntilTick > now && inst.state === 'running') return 'slow';
  return null;
}

export type { InstanceState };
