import { SERVICE_KINDS, type LevelThing, type ScenarioSpec } from '../../sim';
import { didYouMean } from '../../shared/schema/didYouMean';

type Estate = ScenarioSpec['estate'];
export type InstanceDoc = NonNullable<Estate['instances']>[number];
export type LoadBalancerDoc = NonNullable<Estate['loadBalancers']>[number];
export type DatabaseDoc = NonNullable<Estate['databases']>[number];

/** What a reference can point at, found once so each check is a map lookup. First id wins. */
export interface LevelIndex {
  level: ScenarioSpec;
  zonesOf: Map<string, readonly string[]>;
  regionOf: Map<string, string>;
  instances: Map<string, InstanceDoc>;
  loadBalancers: Map<string, LoadBalancerDoc>;
  databases: Map<string, DatabaseDoc>;
  /** Everything the kinds' parts of the estate name by id (ServiceKind.levelIds), first id wins, with the kind it belongs to. */
  things: Map<string, LevelThing & { kind: string }>;
}

export function indexLevel(level: ScenarioSpec): LevelIndex {
  const zonesOf = new Map<string, readonly string[]>();
  const regionOf = new Map<string, string>();
  for (const r of level.regions) {
    if (!zonesOf.has(r.id)) zonesOf.set(r.id, r.zones);
    for (const z of r.zones) if (!regionOf.has(z)) regionOf.set(z, r.id);
  }
  return {
    level,
    zonesOf,
    regionOf,
    instances: byId(level.estate.instances ?? []),
    loadBalancers: byId(level.estate.loadBalancers ?? []),
    databases: byId(level.estate.databases ?? []),
    things: levelThings(level),
  };
}

/** The kinds' things, in registry order, each with its kind's name. */
export function listThings(level: ScenarioSpec): (LevelThing & { kind: string })[] {
  return SERVICE_KINDS.flatMap((k) => (k.levelIds ? k.levelIds.list(level.estate).map((t) => ({ ...t, kind: k.name })) : []));
}

function levelThings(level: ScenarioSpec): Map<string, LevelThing & { kind: string }> {
  const out = new Map<string, LevelThing & { kind: string }>();
  for (const t of listThings(level)) if (!out.has(t.id)) out.set(t.id, t);
  return out;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const item of list) if (!out.has(item.id)) out.set(item.id, item);
  return out;
}

/** What an id names in this level, for hints: "a zone", "an instance"; undefined when nothing. */
export function whatIs(index: LevelIndex, id: string): string | undefined {
  if (index.zonesOf.has(id)) return 'a Region';
  if (index.regionOf.has(id)) return 'a zone';
  if (index.instances.has(id)) return 'an instance';
  if (index.loadBalancers.has(id)) return 'a load balancer';
  if (index.databases.has(id)) return 'a database';
  if (index.level.estate.scalingGroups?.some((g) => g.id === id)) return 'an Auto Scaling group';
  if (index.level.estate.dns?.endpoints.some((e) => e.id === id)) return 'a DNS endpoint';
  return index.things.get(id)?.what;
}

/** A message and hint for a reference that points nowhere; the hint is worked out only if shown. */
export interface Miss {
  message: string;
  hint?: string | (() => string | undefined);
}

const LISTED = 20;

/** "a, b, c" — or the first 20 and how many more, so a message stays readable. */
export function listOf(items: readonly string[]): string {
  return items.length <= LISTED ? items.join(', ') : `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;
}

const suggestion = (id: string, candidates: readonly string[]) => (): string | undefined => {
  const close = didYouMean(id, candidates);
  return close === undefined ? undefined : `did you mean "${close}"?`;
};

/** `there is no load balancer "x" (load balancers: a, b)`, with a did-you-mean when one is close. */
export function missing(noun: string, plural: string, id: string, known: Iterable<string>): Miss {
  const list = [...known];
  const message = `there is no ${noun} "${id}" (${list.length === 0 ? `this level has no ${plural}` : `${plural}: ${listOf(list)}`})`;
  return { message, hint: suggestion(id, list) };
}

/** Is `region` a Region of the level? Undefined when it is; otherwise what to say. */
export function checkRegion(index: LevelIndex, region: string): Miss | undefined {
  if (index.zonesOf.has(region)) return undefined;
  const regions = [...index.zonesOf.keys()];
  return { message: `"${region}" is not a region of this level (regions: ${regions.join(', ')})`, hint: suggestion(region, regions) };
}

/**
 * Is `zone` a zone of `region` (or, with no region, of any Region)? Call only once the Region is
 * known to exist. The message lists the zones the author can choose from.
 */
export function checkZone(index: LevelIndex, zone: string, region?: string): Miss | undefined {
  if (region === undefined) {
    if (index.regionOf.has(zone)) return undefined;
    const all = [...index.regionOf.keys()];
    return { message: `"${zone}" is not a zone of any region (zones: ${all.join(', ')})`, hint: suggestion(zone, all) };
  }
  const zones = index.zonesOf.get(region) ?? [];
  if (zones.includes(zone)) return undefined;
  const message = `"${zone}" is not a zone of region "${region}" (zones: ${zones.join(', ')})`;
  const elsewhere = index.regionOf.get(zone);
  return { message, hint: elsewhere !== undefined ? `"${zone}" is in region "${elsewhere}"` : suggestion(zone, zones) };
}
