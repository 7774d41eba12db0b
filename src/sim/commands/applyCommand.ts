import { fail, ok, type Result } from '../../shared/result';
import { noteEvents } from '../core/changeVersions';
import type { EventSink } from '../core/events';
import type { World } from '../core/world';
import type { Command } from '../services/registry';
import { commandDef } from './registry';
import { validateCommand } from './validateCommand';

/**
 * Applies one command. Never throws: a refusal comes back as `{ ok: false, reason }` and as a
 * `command.rejected` event, so the player reads why ("resize needs the instance stopped first").
 */
export function applyCommand(world: World, command: unknown, events: EventSink): Result<string> {
  const from = events.length;
  const prepared = prepare(world, command);
  const result: Result<string> = prepared.ok ? ok(commandDef(prepared.value.command.type)!.apply(world, prepared.value.command, prepared.value.checked, events)) : prepared;
  events.push(
    result.ok
      ? { tick: world.tick, type: 'command.accepted', subject: result.value, detail: String((command as { type: string }).type) }
      : { tick: world.tick, type: 'command.rejected', detail: `${String((command as { type?: unknown } | null)?.type)}: ${result.reason}` },
  );
  // A refused command changes nothing, its change versions included.
  if (result.ok) noteEvents(world, events, from);
  return result;
}

/** Whether a command would be accepted now, and why not — without changing anything (the UI asks before offering it). */
export function checkCommand(world: World, command: unknown): Result<true> {
  const prepared = prepare(world, command);
  return prepared.ok ? ok(true) : prepared;
}

/** Validates the command's shape, the level's allowed list, then the command's own legality check. */
function prepare(world: World, input: unknown): Result<{ command: Command; checked: unknown }> {
  const valid = validateCommand(input);
  if (!valid.ok) return valid;
  const command = valid.value;
  const allowed = world.scenario.allowedCommands;
  // The teacher's fault injection is always allowed; it is not a player action.
  if (allowed && allowed.length > 0 && command.type !== 'fault.inject' && !allowed.includes(command.type)) return fail(`this level does not allow that command (${command.type})`);
  const checked = commandDef(command.type)!.check(world, command);
  return checked.ok ? ok({ command, checked: checked.value }) : checked;
}
