import type { MachineAction } from './advance';

/**
 * The one interpreter of machine actions. A machine names its actions and their parameters
 * (`setDeadline { ticks: 40 }`, `emit { event: 'instance.stopped' }`, `settleMinimumBill`); each kind
 * gives the handlers that do them to its entity. XState's pure transition() returns the list; this runs
 * it, in XState's order (exit, transition, entry), and refuses an action nobody handles.
 */

/** A stub for setup({ actions }): the machine declares the action and its parameter type; the handler lives with the kind. */
export const declared =
  <P = undefined>() =>
  (_args: unknown, _params: P): void => undefined;

type ParamsOf<F> = F extends (args: never, params: infer P) => void ? P : never;

/** The handlers for a machine's declared actions, each given the kind's context and the action's parameters. */
export type ActionHandlers<A extends Record<string, unknown>, C> = { readonly [K in keyof A]: (ctx: C, params: ParamsOf<A[K]>) => void };

export function runActions<A extends Record<string, unknown>, C>(actions: readonly MachineAction[], handlers: ActionHandlers<A, C>, ctx: C): void {
  for (const action of actions) {
    const handler = (handlers as Record<string, ((ctx: C, params: unknown) => void) | undefined>)[action.type];
    if (handler === undefined) throw new Error(`no handler for the machine action "${action.type}"`);
    handler(ctx, action.params);
  }
}
