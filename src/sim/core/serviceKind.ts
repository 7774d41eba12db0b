import type { AnyStateMachine } from 'xstate';
import type { Fields } from '../../shared/schema/dsl';
import type { JsonPath } from '../../shared/schema/jsonPath';
import type { AnyCommandDef } from '../commands/defineCommand';
import type { AnyFaultDef } from '../faults/defineFault';
import type { Stage } from '../traffic/stage';
import type { TrafficTally } from '../traffic/tally';
import type { EventSink } from './events';
import type { Ledger } from './ledger';
import type { Phase } from './phases';
import type { ScenarioSpec } from './scenario';
import type { ActiveFault, World } from './world';

/** What one tick's systems share. */
export interface TickContext {
  readonly events: EventSink;
  /** The zones that can run and serve this tick (zone and Region not down), measured before 'scaling'. */
  up: ReadonlySet<string>;
  /** What routing did this tick: set in 'route', read by 'record', 'bill' and 'measure'. */
  tally: TrafficTally;
}

/** One ordered pure function of the tick. */
export interface SystemDef {
  /** `<kind>.<what>`, e.g. `instance.lifecycle`. */
  readonly name: string;
  readonly phase: Phase;
  /** Systems of the same phase this one must follow (say why where it is declared). */
  readonly after?: readonly string[];
  readonly run: (world: World, ctx: TickContext) => void;
}

/** How faults and outages elsewhere reach a kind. Called in registry order. */
export interface Reactions {
  /** A zone lost power: the kind's entities there stop; what a fault stopped goes into `affected`. */
  readonly zoneDown?: (world: World, zoneId: string, affected: string[], events: EventSink) => void;
  readonly zoneBack?: (world: World, zoneId: string, events: EventSink) => void;
  readonly regionDown?: (world: World, regionId: string, events: EventSink) => void;
  readonly regionBack?: (world: World, regionId: string, events: EventSink) => void;
  /** A fault ended and no other fault holds its target any more. */
  readonly faultEnded?: (world: World, fault: ActiveFault, events: EventSink) => void;
  /** Instances left the World (pruned): drop every reference to ids not in `alive`. */
  readonly instancesPruned?: (world: World, alive: ReadonlySet<string>) => void;
}

/** One thing a level file names by id in a kind's part of the estate. */
export interface LevelThing {
  id: string;
  /** The JSON path of its object; its id is at [...at, 'id']. */
  at: JsonPath;
  /** What it is, in messages: "a database". */
  what: string;
  /** Part of another thing (a read replica): never the target of a topology call. */
  part?: true;
  /** The Region it must be in, for kinds that leave that check to the level's meaning checks (at [...at, 'region']). */
  region?: string;
}

/** What the level checks need to know of a kind's part of the estate (src/levels/meaning iterates the kinds). */
export interface LevelIds {
  /** Its main thing, singular and plural: "a call goes to a database", "there is no database …". */
  readonly noun: readonly [singular: string, plural: string];
  /** Every kind of thing it names by id, plural, for "ids must be unique across the whole level: …". */
  readonly plurals: readonly string[];
  /** The things the estate names, in file order. */
  readonly list: (estate: ScenarioSpec['estate']) => LevelThing[];
  /** Prefixes of the ids it makes up during a run (newId): a level id of that form could collide with one. */
  readonly generatedPrefixes?: readonly string[];
}

/**
 * Everything the simulation knows about one kind of service, in one record (services/<kind>/index.ts).
 * The registry lists the kinds; world creation, step, billing, faults, commands, invariants and the
 * level schema iterate it instead of naming kinds.
 */
export interface ServiceKind<Slice extends object = object> {
  /** The noun its commands and events start with: `instance`, `loadBalancer` … */
  readonly name: string;
  /** Its part of the level file's `estate` (feeds the one level schema). */
  readonly estate: Fields;
  /** The ids its part of a level names, for the level checks. */
  readonly levelIds?: LevelIds;
  /** Its slice of the World before anything is built. */
  readonly initial: (scenario: ScenarioSpec) => Slice;
  /** Builds its part of the starting estate (registry order: a kind may use what earlier kinds built). */
  readonly build?: (world: World, events: EventSink) => void;
  /** After every kind has built: settle what the starting estate implies (DNS caches, …). */
  readonly settle?: (world: World) => void;
  readonly systems?: readonly SystemDef[];
  readonly commands?: readonly AnyCommandDef[];
  readonly faults?: readonly AnyFaultDef[];
  readonly reactions?: Reactions;
  /** Its charges for this second, in its own ledger categories (one price formula, reused by the UI). */
  readonly bill?: (world: World, ledger: Ledger, tally: TrafficTally) => void;
  readonly ledgerCategories: readonly string[];
  readonly failureCauses: readonly string[];
  readonly events: readonly string[];
  /** Its stage on the request path (traffic/router.ts walks the stages). */
  readonly stage?: Stage;
  /** Its lifecycle machines (for the docs' state tables and the graph tests). */
  readonly machines?: Readonly<Record<string, AnyStateMachine>>;
  /** Violations of its invariants, appended to `out`. */
  readonly invariants?: (world: World, out: string[]) => void;
}

/** Types a kind record (a helper so each kind's file reads as one declaration). */
export const defineKind = <Slice extends object>(kind: ServiceKind<Slice>): ServiceKind<Slice> => kind;
