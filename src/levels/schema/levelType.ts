import { type ScenarioSpec } from '../../sim';
import type { Infer } from '../../shared/schema/dsl';
import type { levelSchema } from './levelSchema';

/** A level file as the schema describes it: ScenarioSpec plus the editor's `$schema` link. */
export type LevelDocument = Infer<typeof levelSchema>;

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/**
 * The schema and the simulation's contract must describe the same thing, field for field, optional
 * for optional. If this line fails to compile, levelSchema.ts and src/sim/model/scenario.ts disagree.
 */
export type SchemaMatchesScenario = Assert<Equals<Omit<LevelDocument, '$schema'>, ScenarioSpec>>;
