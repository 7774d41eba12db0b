import type { AnyFaultDef } from '../../src/sim/faults/defineFault';
import { code, formatSeconds, table } from './markdown';

const TARGETS: Record<AnyFaultDef['targets'], string> = {
  instance: 'an instance id',
  zone: 'an Availability Zone id',
  region: 'a Region id',
  database: 'a database id',
  none: 'none',
};

function defaultDuration(def: AnyFaultDef): string {
  if (def.defaultDurationSeconds > 0) return formatSeconds(def.defaultDurationSeconds);
  return 'instant';
}

/** The fault kinds as a Markdown table, from their definitions (src/sim/faults/defineFault.ts). */
export function faultTable(defs: readonly AnyFaultDef[]): string {
  return table(
    ['Kind', 'Summary', 'Target', 'Default duration'],
    defs.map((def) => [code(def.kind), def.summary, TARGETS[def.targets], defaultDuration(def)]),
  );
}
