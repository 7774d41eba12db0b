import type { FaultKind, World } from '../../sim';
import type { Place } from './entityView';
import type { Selection } from './selection';

/** A fault's target for the selection, or why there is none ('' for faults that need no target). */
export type FaultTarget = { ok: true; id: string } | { ok: false; reason: string };

/**
 * One fault kind as the teacher, the prediction prompt and the debrief show it. A teacher's key is
 * Shift + `key`: Shift keeps faults clear of the player's one-key actions (lower-case letters and
 * digits), so a teacher cannot fire one by accident.
 */
export interface FaultView {
  readonly kind: FaultKind;
  /** The letter, upper case (pressed with Shift). */
  readonly key: string;
  /** Button text: "Power cut". */
  readonly label: string;
  /** Plain words (incident list, HUD) and a short chart-marker label. */
  readonly long: string;
  readonly short: string;
  /** What it acts on, for the key legend: "selected AZ". */
  readonly legend: string;
  /** What to select for it, for the panel's hint ("an AZ"); null when it needs nothing. */
  readonly needs: string | null;
  /** The scheduled fault in a "what will happen?" question: "a power cut in use1-az1". */
  phrase(targets: string, spikePct: number | undefined): string;
  /**
   * A one-off fault on a single thing (an instance terminated): when a chart is crowded (spot churn
   * makes dozens) it is drawn as a thin tick, unless it lasted.
   */
  readonly minor?: boolean;
  /** How it ends, for the debrief's "down until …": "the power returned". Default "the fault ended". */
  readonly over?: string;
  /** It adds load rather than taking anything away: riding through it is headroom or scaling, not Fault Tolerance. */
  readonly surge?: true;
  /** Further fields of the fault.inject command the key sends (a spike's size). */
  readonly inject?: { spikePct?: number };
  /** Its target for the selection, which sits in `place`: the selection itself or the place it is in. */
  target(world: World, sel: Selection | null, place: Place): FaultTarget;
}

/** "select an Availability Zone (or something in it) first" */
export const selectFirst = (what: string): FaultTarget => ({ ok: false, reason: `select ${what} first` });
