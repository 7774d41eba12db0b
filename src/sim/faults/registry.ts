import { SERVICE_KINDS } from '../services/registry';
import type { AnyFaultDef } from './defineFault';
import { trafficSpike } from './trafficSpike';

/** Every fault kind: each service kind's, in registry order, then the engine's own (traffic). */
export const FAULTS: readonly AnyFaultDef[] = [...SERVICE_KINDS.flatMap((k) => k.faults ?? []), trafficSpike];

/** A fault kind's name, e.g. "zone.powerInterruption" (FAULT_KINDS lists them; levels and commands are checked against it). */
export type FaultKind = string;

/** The fault kinds' names, for the level schema, commands and the teacher's buttons. */
export const FAULT_KINDS: readonly FaultKind[] = FAULTS.map((f) => f.kind);

const BY_KIND = new Map<string, AnyFaultDef>(FAULTS.map((f) => [f.kind, f]));

export function faultDef(kind: string): AnyFaultDef | undefined {
  return BY_KIND.get(kind);
}
