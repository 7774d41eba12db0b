import { type Command, type World } from '../../sim';
import type { Place } from '../services/entityView';
import type { FaultView } from '../services/faultView';
import { entityView, FAULT_VIEWS } from '../services/registry';
import { selectionId, type Selection } from '../services/selection';

/**
 * The teacher's fault keys: every fault the engine knows (FAULT_KINDS), each on a Shift+letter,
 * declared by the service view of the kind it hits (FaultView), in registry order.
 */
export const FAULT_HOTKEYS: readonly FaultView[] = FAULT_VIEWS;

export type FaultChoice =
  | { ok: true; hotkey: FaultView; command: Extract<Command, { type: 'fault.inject' }>; /** "Power cut on use1-az1" */ text: string }
  | { ok: false; hotkey: FaultView | null; reason: string };

export function hotkeyFor(key: string): FaultView | undefined {
  return FAULT_HOTKEYS.find((k) => k.key === key.toUpperCase());
}

/** Where the selection sits: its AZ and Region, as its service view says. */
function placeOf(world: World, sel: Selection | null): Place {
  return sel ? (entityView(sel.kind)?.where(world, selectionId(sel)) ?? {}) : {};
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
  const target = hotkey.target(world, sel, placeOf(world, sel));
  if (!target.ok) return { ok: false, hotkey, reason: `${hotkey.label}: ${target.reason}` };
  const command: Extract<Command, { type: 'fault.inject' }> = { type: 'fault.inject', kind: hotkey.kind, ...(target.id ? { targetId: target.id } : {}), ...hotkey.inject };
  return { ok: true, hotkey, command, text: target.id ? `${hotkey.label} on ${target.id}` : hotkey.label };
}

/** Every fault key with what it would do to the selection now (for the teacher's buttons). */
export function faultChoices(world: World, sel: Selection | null): FaultChoice[] {
  return FAULT_HOTKEYS.map((k) => faultCommandFor(world, sel, k.key));
}

/** "an AZ, an instance, a Region or a database": what to select for the faults that need something. */
export function faultTargetNouns(): string {
  const nouns = [...new Set(FAULT_HOTKEYS.flatMap((k) => (k.needs ? [k.needs] : [])))];
  return nouns.length <= 1 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} or ${nouns.at(-1)}`;
}
