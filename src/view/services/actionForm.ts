import type { Command } from '../../sim';

/**
 * An action that needs choices before it is a command (an Auto Scaling group: which AZs, what
 * type, how many): the form's fields with sensible defaults, and how the chosen values become the
 * command. The action's own `command` is what the defaults build, so the context panel can check
 * it and the level's allowed list can filter it like any other action.
 */
export interface ActionForm {
  title: string;
  /** One line under the title: what the thing does, in the game's words. */
  intro?: string;
  fields: readonly FormField[];
  submit: string;
  build(values: FormValues): Command;
  /** The consequence of the current choices (its price), shown under the fields as they change. */
  consequence?(values: FormValues): string;
}

export type FormField = ChoiceField | MultiField | NumberField;

interface FieldBase {
  name: string;
  label: string;
  /** A line under the field: what the choice means. */
  hint?: string;
}

/** One of a few options (a select). */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
  value: string;
}

/** Any of a few options (checkboxes). */
export interface MultiField extends FieldBase {
  kind: 'multi';
  options: readonly { value: string; label: string }[];
  values: readonly string[];
}

/** A whole number in a range. */
export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  value: number;
  /** The unit after the box ("instances", "minutes"). */
  unit?: string;
}

export type FormValues = Readonly<Record<string, string | number | readonly string[]>>;

/** The values a form starts with. */
export function defaultsOf(form: ActionForm): FormValues {
  return Object.fromEntries(form.fields.map((f) => [f.name, f.kind === 'multi' ? f.values : f.value]));
}

/** Typed reads of a form's values (the form builds its own command, so a missing value is a bug). */
export const formValue = {
  text(values: FormValues, name: string): string {
    const v = values[name];
    if (typeof v !== 'string') throw new Error(`form value ${name} is not a choice`);
    return v;
  },
  number(values: FormValues, name: string): number {
    const v = values[name];
    if (typeof v !== 'number') throw new Error(`form value ${name} is not a number`);
    return v;
  },
  list(values: FormValues, name: string): string[] {
    const v = values[name];
    if (!Array.isArray(v)) throw new Error(`form value ${name} is not a list`);
    return [...v];
  },
};
