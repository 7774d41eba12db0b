/**
 * A tiny schema language in which the level format is described once (levelSchema.ts). The same
 * description drives the shape validator (validateShape.ts), the JSON Schema for editors
 * (toJsonSchema.ts) and, through `Infer`, a compile-time check that it matches ScenarioSpec.
 * Every node carries a `description`: it becomes the editor tooltip and the docs.
 */

export interface StringSchema<T extends string = string> {
  readonly type: 'string';
  readonly description: string;
  readonly maxLength: number;
  readonly minLength?: number;
  /** An anchored regular expression, what a matching value is called, and a sentence that says what it allows. */
  readonly pattern?: StringPattern;
  readonly enum?: readonly T[];
  /** What the allowed values are, for messages: "instance type", "fault kind". */
  readonly enumNoun?: string;
  /** Phantom: carries the string union for `Infer`. */
  readonly _t?: T;
}

export interface StringPattern {
  readonly regex: string;
  readonly noun: string;
  readonly says: string;
}

export interface NumberSchema {
  readonly type: 'integer' | 'number';
  readonly description: string;
  readonly min: number;
  readonly max: number;
  /** The value must be strictly greater than `min`. */
  readonly minExclusive?: boolean;
  /** How the maximum reads to a person: "30 days". */
  readonly maxSays?: string;
}

export interface BooleanSchema {
  readonly type: 'boolean';
  readonly description: string;
}

export interface ConstSchema<V extends string | number | boolean = string | number | boolean> {
  readonly type: 'const';
  readonly description: string;
  readonly value: V;
}

export interface ArraySchema<I extends Schema = Schema> {
  readonly type: 'array';
  readonly description: string;
  readonly items: I;
  readonly maxItems: number;
  readonly minItems?: number;
}

/** A map from names (matching `keys`) to numbers, e.g. DNS endpoint id → weight. */
export interface RecordSchema {
  readonly type: 'record';
  readonly description: string;
  readonly keys: StringSchema;
  readonly values: NumberSchema;
  readonly maxItems: number;
}

export interface Field<S extends Schema = Schema, R extends boolean = boolean> {
  readonly schema: S;
  readonly required: R;
  /** Documented only: the simulation applies it when the field is absent. */
  readonly default?: string | number | boolean;
}

export type Fields = Readonly<Record<string, Field>>;

export interface ObjectSchema<F extends Fields = Fields> {
  readonly type: 'object';
  readonly description: string;
  readonly fields: F;
}

/** Objects told apart by a string field (`kind`); each variant lists its other fields. */
export interface UnionSchema<K extends string = string, V extends Readonly<Record<string, ObjectSchema>> = Readonly<Record<string, ObjectSchema>>> {
  readonly type: 'union';
  readonly description: string;
  readonly discriminator: K;
  readonly variants: V;
  /** Descriptions of the discriminator values, one per variant. */
  readonly discriminatorDescription: string;
}

export type Schema = StringSchema | NumberSchema | BooleanSchema | ConstSchema | ArraySchema | ObjectSchema | UnionSchema | RecordSchema;

type Docs = { description: string };

export const string = (opts: Docs & { maxLength: number; minLength?: number; pattern?: StringPattern }): StringSchema => ({
  type: 'string',
  ...opts,
});

export const oneOf = <const T extends string>(values: readonly T[], opts: Docs & { noun: string }): StringSchema<T> => ({
  type: 'string',
  description: opts.description,
  maxLength: Math.max(...values.map((v) => v.length)),
  enum: values,
  enumNoun: opts.noun,
});

export const integer = (opts: Docs & { min: number; max: number; maxSays?: string }): NumberSchema => ({ type: 'integer', ...opts });

export const number = (opts: Docs & { min: number; max: number; minExclusive?: boolean; maxSays?: string }): NumberSchema => ({
  type: 'number',
  ...opts,
});

export const boolean = (opts: Docs): BooleanSchema => ({ type: 'boolean', ...opts });

export const constant = <const V extends string | number | boolean>(value: V, opts: Docs): ConstSchema<V> => ({
  type: 'const',
  value,
  ...opts,
});

export const array = <I extends Schema>(items: I, opts: Docs & { maxItems: number; minItems?: number }): ArraySchema<I> => ({
  type: 'array',
  items,
  ...opts,
});

export const record = (keys: StringSchema, values: NumberSchema, opts: Docs & { maxItems: number }): RecordSchema => ({
  type: 'record',
  keys,
  values,
  ...opts,
});

export const object = <F extends Fields>(fields: F, opts: Docs): ObjectSchema<F> => ({ type: 'object', fields, ...opts });

export const union = <K extends string, V extends Readonly<Record<string, ObjectSchema>>>(
  discriminator: K,
  variants: V,
  opts: Docs & { discriminatorDescription: string },
): UnionSchema<K, V> => ({
  type: 'union',
  discriminator,
  variants,
  description: opts.description,
  discriminatorDescription: opts.discriminatorDescription,
});

export const required = <S extends Schema>(schema: S): Field<S, true> => ({ schema, required: true });

export const optional = <S extends Schema>(schema: S, opts: { default?: string | number | boolean } = {}): Field<S, false> => ({
  schema,
  required: false,
  ...opts,
});

/** Flattens intersections so that inferred types compare equal to hand-written interfaces. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Field<Schema, true> ? K : never }[keyof F];
type OptionalKeys<F extends Fields> = Exclude<keyof F, RequiredKeys<F>>;

type InferObject<F extends Fields> = Simplify<
  { [K in RequiredKeys<F>]: Infer<F[K]['schema']> } & { [K in OptionalKeys<F>]?: Infer<F[K]['schema']> }
>;

/** The TypeScript type of the values a schema accepts. */
export type Infer<S> = S extends StringSchema<infer T>
  ? T
  : S extends NumberSchema
    ? number
    : S extends BooleanSchema
      ? boolean
      : S extends ConstSchema<infer V>
        ? V
        : S extends ArraySchema<infer I>
          ? Infer<I>[]
          : S extends ObjectSchema<infer F>
            ? InferObject<F>
            : S extends UnionSchema<infer K, infer V>
              ? { [T in keyof V]: Simplify<{ [D in K]: T } & Infer<V[T]>> }[keyof V]
              : S extends RecordSchema
                ? Record<string, number>
                : never;
