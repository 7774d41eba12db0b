import { checkCommand, type Command, type World } from '../../sim';
import type { Result } from '../../shared/result';
import { ACTION_SETS } from '../services/registry';
import { selectionId, type Selection } from '../services/selection';
import type { Action } from '../services/serviceView';

/** An action as the context panel offers it: with whether the simulation would accept it now. */
export interface OfferedAction extends Action {
  /** checkCommand's answer: a refusal's reason is what the player reads if they press it anyway. */
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
    .map((a) => ({ ...a, legal: checkCommand(world, a.command) }));
}
