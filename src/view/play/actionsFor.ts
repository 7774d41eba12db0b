import { checkCommand, type Command, type World } from '../../sim';
import { fail, type Result } from '../../shared/result';
import { plainWords } from '../plainWords';
import { ACTION_SETS } from '../services/registry';
import { selectionId, type Selection } from '../services/selection';
import type { Action } from '../services/serviceView';

/** An action as the context panel offers it: with whether the simulation would accept it now. */
export interface OfferedAction extends Action {
  /** checkCommand's answer: a refusal's reason (in plain words) is what the player reads if they press it anyway. */
  legal: Result<true>;
}

/**
 * Every action the level allows on the selection, in a stable order: each service view's actions
 * for this kind of selection, in registry order. An action the level allows but the simulation
 * would refuse now (a launch into an AZ without power) is still offered, and says why when pressed.
 */
export function actionsFor(world: World, sel: Selection): OfferedAction[] {
  const allowed = world.scenario.allowedCommands;
  const can = (t: Command['type']) => !allowed || allowed.length === 0 || allowed.includes(t);
  const id = selectionId(sel);
  return ACTION_SETS.filter((set) => set.on === sel.kind)
    .flatMap((set) => set.offer(world, id))
    .filter((a) => can(a.command.type))
    .map((a) => ({ ...a, legal: legality(world, a.command) }));
}

/** Whether the simulation would accept `command` now; a refusal's reason in the player's words. */
export function legality(world: World, command: Command): Result<true> {
  const legal = checkCommand(world, command);
  return legal.ok ? legal : fail(plainWords(legal.reason));
}
