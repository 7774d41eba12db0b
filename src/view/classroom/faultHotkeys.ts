import { type Command, type FaultKind, type World } from '../../sim';
import type { Selection } from '../play/actionsFor';

/** What a fault acts on, and so what the teacher must have selected (or something inside it). */
export type FaultTargetKind = 'zone' | 'instance' | 'region' | 'database' | 'none';

/** A teacher's fault key: Shift + `key` injects `kind` into the selection's `target`. */
export interface FaultHotkey {
  /** The letter, upper case (pressed with Shift). */
  key: string;
  kind: FaultKind;
  /** Button text: "Power cut". */
  label: string;
  target: FaultTargetKind;
}

/**
 * Every fault the engine knows (FAULT_KINDS), each on a Shift+letter. Shift keeps them clear of the
 * player's one-key actions (lower-case letters and digits), so a teacher cannot fire one by accident.
 */
export const FAULT_HOTKEYS: readonly FaultHotkey[] = [
  { key: 'P', kind: 'zone.powerInterruption', label: 'Power cut', target: 'zone' },
  { key: 'C', kind: 'zone.insufficientCapacity', label: 'No spare capacity', target: 'zone' },
  { key: 'T', kind: 'instance.terminate', label: 'Terminate', target: 'instance' },
  { key: 'O', kind: 'instance.stop', label: 'Stop', target: 'instance' },
  { key: 'B', kind: 'instance.reboot', label: 'Reboot', target: 'instance' },
  { key: 'I', kind: 'instance.spotInterruption', label: 'Spot interruption', target: 'instance' },
  { key: 'G', kind: 'instance.greyFailure', label: 'Grey failure', target: 'instance' },
  { key: 'R', kind: 'region.outage', label: 'Region outage', target: 'region' },
  { key: 'D', kind: 'database.primaryFailure', label: 'Database primary failure', target: 'database' },
  { key: 'S', kind: 'traffic.spike', label: 'Traffic spike ×3', target: 'none' },
];

/** A traffic spike from the keyboard: three times normal demand, the engine's default. */
export const TEACHER_SPIKE_PCT = 300;

export type FaultChoice =
  | { ok: true; hotkey: FaultHotkey; command: Extract<Command, { type: 'fault.inject' }>; /** "Power cut in use1-az1" */ text: string }
  | { ok: false; hotkey: FaultHotkey | null; reason: string };

export function hotkeyFor(key: string): FaultHotkey | undefined {
  return FAULT_HOTKEYS.find((k) => k.key === key.toUpperCase());
}

/**
 * The fault.inject command Shift+`key` sends for the selection. The target is the selection, or
 * the thing it sits in: an instance's AZ for a power cut, a zone's Region for a Region outage, the
 * database of the selected Region (or the only one) for a primary failure. A traffic spike needs
 * nothing selected.
 */
export function faultCommandFor(world: World, sel: Selection | null, key: string): FaultChoice {
  const hotkey = hotkeyFor(key);
  if (!hotkey) return { ok: false, hotkey: null, reason: `Shift+${key.toUpperCase()} is not a fault key` };
  const target = resolveTarget(world, sel, hotkey.target);
  if (!target.ok) return { ok: false, hotkey, reason: `${hotkey.label}: ${target.reason}` };
  const command: Extract<Command, { type: 'fault.inject' }> =
    hotkey.kind === 'traffic.spike' ? { type: 'fault.inject', kind: hotkey.kind, spikePct: TEACHER_SPIKE_PCT } : { type: 'fault.inject', kind: hotkey.kind, targetId: target.id };
  return { ok: true, hotkey, command, text: target.id ? `${hotkey.label} on ${target.id}` : hotkey.label };
}

/** Every fault key with what it would do to the selection now (for the teacher's buttons). */
export function faultChoices(world: World, sel: Selection | null): FaultChoice[] {
  return FAULT_HOTKEYS.map((k) => faultCommandFor(world, sel, k.key));
}

type Target = { ok: true; id: string } | { ok: false; reason: string };

const NAMES: Record<Exclude<FaultTargetKind, 'none'>, string> = { zone: 'an Availability Zone', instance: 'an instance', region: 'a Region', database: 'a database' };

function resolveTarget(world: World, sel: Selection | null, kind: FaultTargetKind): Target {
  if (kind === 'none') return { ok: true, id: '' };
  const need = (): Target => ({ ok: false, reason: `select ${NAMES[kind]}${kind === 'zone' || kind === 'region' ? ' (or something in it)' : ''} first` });
  if (!sel) return need();
  const instance = sel.kind === 'instance' ? world.instances.find((i) => i.id === sel.id) : undefined;
  const zone = sel.kind === 'zone' ? world.zones.find((z) => z.id === sel.id) : instance ? world.zones.find((z) => z.id === instance.zoneId) : undefined;
  const database = sel.kind === 'database' ? world.databases.find((d) => d.id === sel.id) : undefined;
  const regionId = sel.kind === 'region' ? sel.id : zone?.regionId ?? database?.regionId ?? regionOf(world, sel);
  switch (kind) {
    case 'instance':
      if (!instance) return need();
      if (instance.state === 'terminated' || instance.state === 'shuttingDown') return { ok: false, reason: `${instance.id} is already gone` };
      return { ok: true, id: instance.id };
    case 'zone':
      return zone ? { ok: true, id: zone.id } : need();
    case 'region':
      return regionId ? { ok: true, id: regionId } : need();
    case 'database': {
      if (database) return { ok: true, id: database.id };
      const candidates = regionId ? world.databases.filter((d) => d.regionId === regionId) : world.databases;
      if (candidates.length === 1) return { ok: true, id: candidates[0]!.id };
      return world.databases.length === 0 ? { ok: false, reason: 'this level has no database' } : need();
    }
  }
}

function regionOf(world: World, sel: Selection): string | undefined {
  if (sel.kind === 'loadBalancer') return world.loadBalancers.find((l) => l.id === sel.id)?.regionId;
  if (sel.kind === 'scalingGroup') return world.scalingGroups.find((g) => g.id === sel.id)?.regionId;
  return undefined;
}
