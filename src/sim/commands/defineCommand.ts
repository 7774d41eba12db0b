import type { Fields, Infer, ObjectSchema } from '../../shared/schema/dsl';
import type { Result } from '../../shared/result';
import type { EventSink } from '../core/events';
import type { World } from '../core/world';

/** The command a definition describes: its `type` and the fields its schema accepts. */
export type CommandOf<T extends string, F extends Fields> = { type: T } & Infer<ObjectSchema<F>>;

/**
 * One command, defined once: its type (`noun.verb`), a sentence for the docs and the UI, its fields
 * (the schema that validates it, types it, documents it and generates test inputs), whether it is
 * legal in the World as it is (`check`, which also finds what it acts on), and what it does (`apply`,
 * run only after `check` said yes). Neither throws: a refusal is a reason the player can read.
 */
export interface CommandDef<T extends string = string, F extends Fields = Fields, Checked = unknown> {
  readonly type: T;
  readonly summary: string;
  readonly fields: F;
  check(world: World, command: CommandOf<T, F>): Result<Checked>;
  /** Returns the id of what it acted on or made (the `command.accepted` event's subject). */
  apply(world: World, command: CommandOf<T, F>, checked: Checked, events: EventSink): string;
}

/** Types one definition (kinds list theirs in `commands.ts`; services/registry.ts gathers them). */
export const defineCommand = <const T extends string, const F extends Fields, Checked>(def: CommandDef<T, F, Checked>): CommandDef<T, F, Checked> => def;

/** A command definition of any type (the registry's view of them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommandDef = CommandDef<string, Fields, any>;

/** The union of the commands a list of definitions describes. */
export type CommandsOf<D extends readonly unknown[]> = {
  [K in keyof D]: D[K] extends CommandDef<infer T, infer F, infer _C> ? CommandOf<T, F> : never;
}[number];
