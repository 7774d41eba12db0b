import { injectFaultCommand } from '../faults/injectCommand';
import { SERVICE_KINDS } from '../services/registry';
import type { CommandTypeUnion } from '../services/registry';
import type { AnyCommandDef } from './defineCommand';

/** Every command: the kinds' own, in registry order, then the teacher's fault injection. */
export const COMMANDS: readonly AnyCommandDef[] = [...SERVICE_KINDS.flatMap((k) => k.commands ?? []), injectFaultCommand];

export type { Command } from '../services/registry';
export type CommandType = CommandTypeUnion;

/** Every command type, e.g. "instance.launch": the level format's `allowedCommands` and the docs list these. */
export const COMMAND_TYPES = COMMANDS.map((c) => c.type) as readonly CommandType[];

const BY_TYPE = new Map<string, AnyCommandDef>(COMMANDS.map((c) => [c.type, c]));

export function commandDef(type: string): AnyCommandDef | undefined {
  return BY_TYPE.get(type);
}
