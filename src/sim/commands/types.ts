import type { Command } from '../services/registry';

export type { Command };
export { COMMAND_TYPES, type CommandType } from './registry';

/** A command in a script: applied at the start of the tick `atSeconds`. */
export interface ScriptedCommand {
  atSeconds: number;
  command: Command;
}
