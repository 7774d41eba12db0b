import fc from 'fast-check';
import { object, type Schema } from '../../../src/shared/schema/dsl';
import { COMMANDS, faultDef, type Command } from '../../../src/sim';
import type { AnyCommandDef } from '../../../src/sim/commands/defineCommand';
import { arbitraryFor, type SchemaOverride, type SchemaPath } from './arbitraryFor';
import { rangedValues } from './documentedRanges';
import type { ScriptIds } from './arbitraries';
import { malformedFor } from './malformedFor';

/**
 * Commands for the property tests, made from the command definitions (COMMANDS): each definition's
 * `fields` schema says what a well-formed command is, and malformedFor spoils one on purpose. Nothing
 * here restates a command's fields. What the schemas cannot know — which ids exist — comes from the
 * scenario: a field named `…InstanceId`, `…ZoneId(s)`, `…RegionId` … draws from that kind's ids,
 * mostly valid, sometimes junk.
 */

type Raw = Record<string, unknown>;

/** Ids that name nothing (or only look like something). */
export const junkIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'nope', 'i-9999', 'web-99', 'USE1-AZ1', ' use1-az1', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(201)),
  fc.string({ maxLength: 12 }),
);

const GENERATED = /^(?:i|alb|asg|db|fault|replica|snap)-\d{4}$/;

/**
 * Mostly a plausible id, sometimes junk. Ids the scenario names come first; generated ids ("i-0001"
 * …) follow, the low numbers (made early in a run) more often than the high ones.
 */
function ref(valid: readonly string[]): fc.Arbitrary<string> {
  if (valid.length === 0) return junkIdArb;
  const known = valid.filter((id) => !GENERATED.test(id));
  const madeUp = valid.filter((id) => GENERATED.test(id));
  const options: fc.WeightedArbitrary<string>[] = [{ weight: 2, arbitrary: junkIdArb }];
  if (known.length > 0) options.push({ weight: 10, arbitrary: fc.constantFrom(...known) });
  if (madeUp.length > 0) {
    options.push({ weight: 6, arbitrary: fc.constantFrom(...madeUp.slice(0, 8)) });
    options.push({ weight: 2, arbitrary: fc.constantFrom(...madeUp) });
  }
  return fc.oneof(...options);
}

/** The id pool a field's name points at: `standbyZoneId` → zones, `zoneIds` → zones, `fromRegionId` → Regions. */
const ID_FIELD = /(instance|zone|region|loadBalancer|scalingGroup|database|replica|snapshot)Ids?$/i;
const POOLS = {
  instance: 'instances',
  zone: 'zones',
  region: 'regions',
  loadbalancer: 'loadBalancers',
  scalinggroup: 'scalingGroups',
  database: 'databases',
  replica: 'replicas',
  snapshot: 'snapshots',
} as const satisfies Record<string, keyof ScriptIds>;

/** Any id a fault could aim at (`targetId` names an instance, zone, Region or database). */
const anyTarget = (ids: ScriptIds): string[] => [...ids.instances.slice(0, 12), ...ids.zones, ...ids.regions, ...ids.databases.slice(0, 3)];

/** Picks ids from the scenario for the string fields that hold ids; everything else comes from the schema. */
export function idOverride(ids: ScriptIds): SchemaOverride {
  const pick = (path: SchemaPath, schema: Schema): fc.Arbitrary<unknown> | undefined => {
    if (schema.type !== 'string' || schema.enum) return undefined;
    // The one map of ids among the commands: DNS weights, endpoint id → weight.
    if (path.at(-1) === '{}') return ref(ids.endpoints);
    const field = [...path].reverse().find((p) => p !== '[]') ?? '';
    if (field === 'targetId') return ref(anyTarget(ids));
    const noun = ID_FIELD.exec(field)?.[1]?.toLowerCase() as keyof typeof POOLS | undefined;
    return noun === undefined ? undefined : ref(ids[POOLS[noun]]);
  };
  // Within the schema's limits: an over-long id is malformedFor's business, not a well-formed command's.
  return (path, schema) => {
    const arb = pick(path, schema);
    return arb === undefined || schema.type !== 'string' ? arb : arb.filter((v) => typeof v === 'string' && v.length <= schema.maxLength);
  };
}

const FAULT_POOLS = {
  instance: (ids: ScriptIds) => ids.instances.slice(0, 12),
  zone: (ids: ScriptIds) => ids.zones,
  region: (ids: ScriptIds) => ids.regions,
  database: (ids: ScriptIds) => ids.databases.slice(0, 3),
};

/**
 * Makes a schema-valid command likelier to be legal in the World, as a player's would be: numbers
 * inside their documented ranges, zones of the Region it names, min ≤ desired ≤ max, a fault aimed at
 * a target of its kind (from the fault's definition), sometimes every DNS endpoint in a weights map.
 * `rolls` are the random numbers it chooses with (shrinking moves them towards 0).
 */
function plausible(cmd: Raw, ids: ScriptIds, rolls: readonly number[]): Raw {
  let next = 0;
  const roll = (): number => rolls[next++ % rolls.length]!;
  const out: Raw = { ...cmd };
  const type = String(out.type);
  if (typeof out.weights === 'object' && out.weights !== null && roll() % 3 === 0 && ids.scenarioEndpoints.length > 0) {
    // Every endpoint to the same weight (0 included: that one must be refused without writing anything).
    const w = [0, 1, 255][roll() % 3]!;
    out.weights = Object.fromEntries(ids.scenarioEndpoints.map((id) => [id, w]));
  }
  for (const { path, range } of rangedValues(type, out)) {
    // Three times in four inside the range; the rest keep the schema's value, often outside it.
    if (roll() % 4 === 0) continue;
    const top = Math.min(range.max, range.typical ?? range.min + 3600);
    const value = range.min + (roll() % (top - range.min + 1));
    const [field, inner] = path.split('.') as [string, string | undefined];
    out[field] = inner === undefined ? value : { ...(out[field] as Raw), [inner]: value };
  }
  // hasOwn: a junk Region id such as "toString" must not find Object.prototype's.
  const zones = typeof out.regionId === 'string' && Object.hasOwn(ids.zonesByRegion, out.regionId) ? ids.zonesByRegion[out.regionId] : undefined;
  if (Array.isArray(out.zoneIds) && zones && zones.length > 0) {
    const mask = roll();
    const picked = zones.filter((_, i) => (mask >> i) & 1);
    out.zoneIds = picked.length > 0 ? picked : [zones[mask % zones.length]!];
  }
  const sizes = ['min', 'desired', 'max'].filter((k) => typeof out[k] === 'number');
  const sorted = sizes.map((k) => out[k] as number).sort((a, b) => a - b);
  sizes.forEach((k, i) => (out[k] = sorted[i]));
  const fault = typeof out.kind === 'string' ? faultDef(out.kind) : undefined;
  if (fault) {
    if (fault.targets === 'none') delete out.targetId;
    else {
      const pool = FAULT_POOLS[fault.targets](ids);
      if (pool.length > 0) out.targetId = pool[roll() % pool.length];
    }
  }
  return out;
}

const fieldsOf = (def: AnyCommandDef) => object(def.fields, { description: def.summary });

/** One well-formed command of each type: exactly what its definition's schema accepts. */
export function wellFormedCommandArb(ids: ScriptIds): fc.Arbitrary<Raw> {
  const override = idOverride(ids);
  const schemaOnly = fc.oneof(...COMMANDS.map((def) => arbitraryFor(fieldsOf(def), override).map((fields) => ({ type: def.type, ...(fields as Raw) }))));
  // One in four as the schema made it; the rest nudged towards what the World would accept.
  return fc
    .tuple(schemaOnly, fc.nat(3), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }))
    .map(([cmd, mode, rolls]) => (mode === 0 ? cmd : plausible(cmd, ids, rolls)));
}

/** Why each malformed command was made malformed. Keyed by the object, so a script carries it along unseen. */
const MALFORMED = new WeakMap<object, string>();

/** The reason a command from malformedFieldsCommandArb must be refused, or undefined for any other value. */
export function whyMalformed(command: unknown): string | undefined {
  return typeof command === 'object' && command !== null ? MALFORMED.get(command) : undefined;
}

/** Commands of a known type with one field spoiled (malformedFor): validateCommand must refuse each. */
export function malformedFieldsCommandArb(ids: ScriptIds): fc.Arbitrary<Raw> {
  const override = idOverride(ids);
  return fc.oneof(
    ...COMMANDS.map((def) =>
      malformedFor(fieldsOf(def), override).map(({ value, why }) => {
        const cmd: Raw = { type: def.type, ...value };
        MALFORMED.set(cmd, `${def.type}: ${why}`);
        return cmd;
      }),
    ),
  );
}

/** Not a command at all: every one of these must be rejected. */
export const malformedCommandArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  undefined,
  42,
  'instance.launch',
  [],
  ['instance.launch'],
  {},
  { type: 'instance.explode' },
  { type: 42 },
  { type: null },
  { type: 'INSTANCE.LAUNCH' },
  { type: '__proto__' },
  { type: 'toString' },
);

/** One command of any type: well-formed (ids mostly valid), with a spoiled field, or not a command at all. */
export function commandArb(ids: ScriptIds, junkWeight = 1): fc.Arbitrary<Command> {
  const wellFormed = wellFormedCommandArb(ids);
  const arb: fc.Arbitrary<unknown> =
    junkWeight <= 0
      ? wellFormed
      : fc.oneof(
          { weight: 3 * 4, arbitrary: wellFormed },
          { weight: 3 * junkWeight, arbitrary: malformedFieldsCommandArb(ids) },
          { weight: junkWeight, arbitrary: malformedCommandArb },
        );
  // The script type says Command; junk is deliberately not one, to check it is refused and not trusted.
  return arb as fc.Arbitrary<Command>;
}
