import { commandDef } from '../../../src/sim';
import { whyMalformed } from './commandArb';
import { inRange, rangedValues } from './documentedRanges';

/**
 * Why a command can never be applied, whatever the World holds — or null when it might be. The
 * simulation property tests check that applyCommand rejects every command this names.
 *
 * Its shape is judged by how the command was made: commandArb spoils well-formed commands on purpose
 * and remembers why (whyMalformed), so no field is described here a second time. Its values are
 * judged by the ranges docs/commands.md § 4 documents (documentedRanges.ts) and the rules below that
 * relate one field to another.
 */
export function definitelyInvalid(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'not an object';
  const cmd = input as Record<string, unknown>;
  if (typeof cmd.type !== 'string' || commandDef(cmd.type) === undefined) return `unknown type ${String(cmd.type)}`;
  return whyMalformed(input) ?? outsideDocumentedRange(cmd.type, cmd);
}

const num = (cmd: Record<string, unknown>, key: string): number | undefined => (typeof cmd[key] === 'number' ? cmd[key] : undefined);

function outsideDocumentedRange(type: string, cmd: Record<string, unknown>): string | null {
  for (const { path, value, range } of rangedValues(type, cmd)) {
    if (typeof value !== 'number' || !inRange(range, value)) return `${path} ${String(value)} is outside ${range.min}–${range.max}${range.whole ? ' (whole)' : ''}`;
  }
  const [min, max, desired] = [num(cmd, 'min'), num(cmd, 'max'), num(cmd, 'desired')];
  if (type.startsWith('scalingGroup.')) {
    if (min !== undefined && max !== undefined && min > max) return 'min > max';
    // A scheduled action's desired is clamped when it runs; a group's must lie between min and max now.
    if (type !== 'scalingGroup.schedule') {
      if (desired !== undefined && max !== undefined && desired > max) return 'desired > max';
      if (desired !== undefined && min !== undefined && desired < min) return 'desired < min';
    }
  }
  if (type === 'scalingGroup.setPolicy' && cmd.metric !== 'none' && cmd.target !== undefined) {
    const t = num(cmd, 'target') ?? 0;
    if (!(t > 0) || (cmd.metric === 'cpu' && t > 100)) return `target ${t} out of range`;
  }
  if (type === 'fault.inject') {
    const spike = num(cmd, 'spikePct');
    if (spike !== undefined && (cmd.kind !== 'traffic.spike' || !(spike > 0) || spike > 1000)) return `spikePct ${spike} (only traffic.spike, above 0, at most 1000)`;
  }
  if (type === 'loadBalancer.create' && Array.isArray(cmd.zoneIds) && cmd.zoneIds.length === 0) return 'no zones';
  return null;
}
