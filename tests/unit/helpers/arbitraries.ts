import fc from 'fast-check';
import { COMMAND_TYPES, type Command, type ScriptedCommand, DATABASE_SIZES, type DatabaseSize, INSTANCE_TYPES, DR_POSTURES, FAULT_KINDS, type DatabaseSpec, type DemandCurve, type DnsSpec, type FaultKind, type InstanceSpec, type LoadBalancerSpec, type RandomFaultSpec, type ScalingGroupSpec, type ScenarioSpec, type ScheduledFaultSpec } from '../../../src/sim';

/**
 * fast-check arbitraries for the simulation's property tests: small but complete scenarios (every
 * reference valid: ids are generated first, then picked from), and command scripts that mix valid
 * ids with junk of every kind. Junk must be rejected by applyCommand, never crash the simulation.
 */

export const INSTANCE_TYPE_NAMES: readonly string[] = INSTANCE_TYPES.map((t) => t.name);
export const DATABASE_SIZE_NAMES = Object.keys(DATABASE_SIZES) as DatabaseSize[];

/** The Regions a scenario draws from: 1–2 of these, each with three zones. */
export const REGION_POOL: readonly { id: string; zones: readonly string[] }[] = [
  { id: 'us-east-1', zones: ['use1-az1', 'use1-az2', 'use1-az3'] },
  { id: 'eu-west-1', zones: ['euw1-az1', 'euw1-az2', 'euw1-az3'] },
];

export interface ScenarioOptions {
  minDurationSeconds?: number;
  maxDurationSeconds?: number;
  /** Always two Regions, load balancers, instances, a scaling group, a database and DNS (more for commands to act on). */
  rich?: boolean;
}

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

// Builders are module-level functions so that fc.gen can recognise a repeated draw while shrinking.
const oneOfItems = (items: readonly unknown[]): fc.Arbitrary<unknown> => fc.constantFrom(...items);
const someItems = (items: readonly unknown[], minLength: number): fc.Arbitrary<unknown[]> => fc.subarray([...items], { minLength });
const pickFrom = <T>(g: Gen, items: readonly T[]): T => g(oneOfItems, items) as T;
const chance = (g: Gen, pctTrue: number): boolean => g(fc.integer, { min: 0, max: 99 }) < pctTrue;
const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max });
const nonEmptySubset = <T>(g: Gen, items: readonly T[]): T[] => g(someItems, items, 1) as T[];
const subset = <T>(g: Gen, items: readonly T[]): T[] => g(someItems, items, 0) as T[];

/** A small scenario that parseLevel accepts: 1–2 Regions of 3 zones, a little of everything. */
export function scenarioArb(opts: ScenarioOptions = {}): fc.Arbitrary<ScenarioSpec> {
  const minDuration = opts.minDurationSeconds ?? 600;
  const maxDuration = opts.maxDurationSeconds ?? 3600;
  const rich = opts.rich ?? false;
  return fc.gen().map((g) => buildScenario(g, minDuration, maxDuration, rich));
}

function buildScenario(g: Gen, minDuration: number, maxDuration: number, rich: boolean): ScenarioSpec {
  const durationSeconds = int(g, minDuration, maxDuration);
  const regions = REGION_POOL.slice(0, int(g, rich ? 2 : 1, 2)).map((r) => ({ id: r.id, zones: [...r.zones] }));
  const zonesOf = new Map(regions.map((r) => [r.id, r.zones]));
  const regionOf = new Map(regions.flatMap((r) => r.zones.map((z) => [z, r.id] as const)));
  const allZones = regions.flatMap((r) => r.zones);
  const regionIds = regions.map((r) => r.id);

  const loadBalancers: LoadBalancerSpec[] = [];
  for (let k = 1, n = int(g, rich ? 1 : 0, 2); k <= n; k++) {
    const region = pickFrom(g, regionIds);
    const lb: LoadBalancerSpec = { id: `web-alb-${k}`, region, zones: nonEmptySubset(g, zonesOf.get(region)!) };
    if (chance(g, 50)) lb.crossZone = g(fc.boolean);
    if (chance(g, 30)) lb.sticky = g(fc.boolean);
    if (chance(g, 30)) {
      lb.healthCheck = { intervalSeconds: int(g, 5, 300), unhealthyThreshold: int(g, 2, 10), healthyThreshold: int(g, 2, 10) };
    }
    loadBalancers.push(lb);
  }
  const lbsIn = (region: string): string[] => loadBalancers.filter((l) => l.region === region).map((l) => l.id);

  const instances: InstanceSpec[] = [];
  for (let k = 1, n = int(g, rich ? 1 : 0, 6); k <= n; k++) {
    const zone = pickFrom(g, allZones);
    const inst: InstanceSpec = { id: `web-${k}`, zone, type: pickFrom(g, INSTANCE_TYPE_NAMES) };
    if (chance(g, 40)) inst.purchase = pickFrom(g, ['onDemand', 'spot'] as const);
    if (chance(g, 15)) inst.tenancy = pickFrom(g, ['shared', 'dedicated', 'host'] as const);
    if (chance(g, 15)) inst.stopped = true;
    const lbs = lbsIn(regionOf.get(zone)!);
    if (lbs.length > 0 && chance(g, 70)) inst.loadBalancer = pickFrom(g, lbs);
    if (chance(g, 20)) inst.diskGb = int(g, 1, 200);
    instances.push(inst);
  }

  const scalingGroups: ScalingGroupSpec[] = [];
  if (rich || chance(g, 40)) {
    const region = pickFrom(g, regionIds);
    const min = int(g, 0, 2);
    const max = int(g, min, 5);
    const group: ScalingGroupSpec = {
      id: 'web-asg',
      region,
      zones: nonEmptySubset(g, zonesOf.get(region)!),
      type: pickFrom(g, INSTANCE_TYPE_NAMES),
      min,
      max,
      desired: int(g, min, max),
    };
    const lbs = lbsIn(region);
    if (lbs.length > 0 && chance(g, 70)) group.loadBalancer = pickFrom(g, lbs);
    if (chance(g, 30)) group.purchase = pickFrom(g, ['onDemand', 'spot'] as const);
    if (chance(g, 30)) group.healthCheckType = pickFrom(g, ['ec2', 'elb'] as const);
    if (chance(g, 30)) group.healthCheckGraceSeconds = int(g, 0, 600);
    if (chance(g, 30)) group.warmupSeconds = int(g, 0, 300);
    if (chance(g, 30)) group.cooldownSeconds = int(g, 0, 600);
    if (chance(g, 60)) {
      group.policy = chance(g, 50) ? { metric: 'cpu', target: int(g, 10, 90) } : { metric: 'requestsPerTarget', target: int(g, 5, 200) };
    }
    if (chance(g, 40)) {
      group.scheduled = [];
      for (let j = 0, n = int(g, 1, 2); j < n; j++) {
        const s: NonNullable<ScalingGroupSpec['scheduled']>[number] = { atSeconds: int(g, 0, durationSeconds - 1) };
        // Each field on its own, as a level may write it (parseLevel only asks min ≤ max when both are given).
        const sMin = chance(g, 50) ? int(g, 0, 4) : undefined;
        const sMax = chance(g, 50) ? int(g, sMin ?? 0, 6) : undefined;
        if (sMin !== undefined) s.min = sMin;
        if (sMax !== undefined) s.max = sMax;
        if (chance(g, 60)) s.desired = int(g, 0, 6);
        group.scheduled.push(s);
      }
    }
    scalingGroups.push(group);
  }

  const databases: DatabaseSpec[] = [];
  if (rich || chance(g, 60)) {
    const region = pickFrom(g, regionIds);
    const zones = zonesOf.get(region)!;
    const zone = pickFrom(g, zones);
    const db: DatabaseSpec = { id: 'orders-db', region, zone };
    if (chance(g, 30)) db.size = pickFrom(g, DATABASE_SIZE_NAMES);
    if (chance(g, 60)) {
      db.multiAz = g(fc.boolean);
      if (db.multiAz && chance(g, 50)) db.standbyZone = pickFrom(g, zones.filter((z) => z !== zone));
    }
    if (chance(g, 30)) db.backups = g(fc.boolean);
    if (chance(g, 20)) db.storageGb = int(g, 20, 500);
    if (chance(g, 30)) db.replicas = Array.from({ length: int(g, 1, 2) }, (_, j) => ({ id: `orders-replica-${j + 1}`, zone: pickFrom(g, zones) }));
    databases.push(db);
  }

  // DNS endpoints point at a load balancer or an instance, in the target's own Region.
  const targets = [...loadBalancers.map((l) => ({ id: l.id, region: l.region })), ...instances.map((i) => ({ id: i.id, region: regionOf.get(i.zone)! }))];
  let dns: DnsSpec | undefined;
  if (targets.length > 0 && (rich || chance(g, 90))) {
    dns = { endpoints: [] };
    if (chance(g, 60)) dns.policy = pickFrom(g, ['simple', 'failover', 'weighted'] as const);
    if (chance(g, 30)) dns.ttlSeconds = int(g, 0, 300);
    for (let k = 1, n = int(g, 1, 3); k <= n; k++) {
      const t = pickFrom(g, targets);
      const ep: DnsSpec['endpoints'][number] = { id: `shop-${k}`, region: t.region, target: t.id };
      if (chance(g, 50)) ep.role = pickFrom(g, ['primary', 'secondary'] as const);
      if (chance(g, 50)) ep.weight = int(g, 0, 255);
      dns.endpoints.push(ep);
    }
  }

  const estate: ScenarioSpec['estate'] = {};
  if (instances.length > 0) estate.instances = instances;
  if (loadBalancers.length > 0) estate.loadBalancers = loadBalancers;
  if (scalingGroups.length > 0) estate.scalingGroups = scalingGroups;
  if (databases.length > 0) estate.databases = databases;
  if (dns) estate.dns = dns;
  if (chance(g, 60)) estate.sessions = pickFrom(g, ['memory', 'store'] as const);
  if (regionIds.length === 2 && chance(g, rich ? 50 : 25)) {
    const primary = pickFrom(g, regionIds);
    estate.dr = { posture: pickFrom(g, DR_POSTURES), primaryRegion: primary, drRegion: regionIds.find((r) => r !== primary)! };
  }

  // Demand with nowhere to go is a level error (checkObjectives): keep it at zero then.
  const reachable = dns !== undefined || estate.dr !== undefined;
  const curves: DemandCurve[] = reachable
    ? Array.from({ length: int(g, 1, 3) }, () => curveOf(g, durationSeconds))
    : [{ kind: 'steady', rps: 0 }];
  const traffic: ScenarioSpec['traffic'] = { curves };
  if (chance(g, 60)) traffic.noisePct = int(g, 0, 50);
  if (chance(g, 30)) traffic.writePct = int(g, 0, 100);
  if (chance(g, 30)) traffic.sessionPct = int(g, 0, 100);
  if (chance(g, 20)) traffic.bytesPerRequest = int(g, 0, 100_000);
  if (chance(g, 20)) traffic.serviceMs = int(g, 5, 50);
  if (chance(g, 20)) traffic.latencySloMs = int(g, 300, 2000);

  const faults: ScenarioSpec['faults'] = {};
  const scheduled: ScheduledFaultSpec[] = [];
  for (let k = 0, n = int(g, 0, 4); k < n; k++) {
    const f = scheduledFaultOf(g, durationSeconds, { instances, zones: allZones, regions: regionIds, databases: databases.map((d) => d.id) });
    if (f) scheduled.push(f);
  }
  if (scheduled.length > 0) faults.scheduled = scheduled;
  const random: RandomFaultSpec[] = [];
  for (let k = 0, n = int(g, 0, 3); k < n; k++) {
    const r: RandomFaultSpec = { kind: pickFrom(g, FAULT_KINDS), perHour: g(fc.double, { min: 0, max: 20, noNaN: true, noDefaultInfinity: true }) };
    if (chance(g, 40)) r.durationSeconds = int(g, 0, 1800);
    if (chance(g, 20)) r.targetPrefix = pickFrom(g, ['', 'web', 'web-1', 'use1', 'eu', 'orders', 'traffic', 'nomatch']);
    random.push(r);
  }
  if (random.length > 0) faults.random = random;

  const objectives: ScenarioSpec['objectives'] = { slaPct: g(fc.double, { min: 50, max: 100, noNaN: true }) };
  if (chance(g, 30)) objectives.badMinuteFailedPct = int(g, 1, 20);
  if (chance(g, 20)) objectives.budgetUsd = 1_000_000;
  if (chance(g, 20)) objectives.rpoSeconds = int(g, 0, 600);
  if (chance(g, 20)) objectives.rtoSeconds = int(g, 0, 1800);

  const scenario: ScenarioSpec = {
    formatVersion: 2,
    id: 'prop',
    title: 'Property-test scenario',
    durationSeconds,
    regions,
    estate,
    traffic,
    faults,
    objectives,
  };
  if (chance(g, 20)) scenario.par = { costUsd: g(fc.double, { min: 0, max: 50, noNaN: true }) };
  if (!rich && chance(g, 5)) scenario.allowedCommands = subset(g, COMMAND_TYPES);
  if (chance(g, 5)) {
    const used = [...instances.map((i) => i.type), ...scalingGroups.map((s) => s.type)];
    scenario.allowedInstanceTypes = [...new Set([...used, ...subset(g, INSTANCE_TYPE_NAMES)])];
  }
  return scenario;
}

function curveOf(g: Gen, duration: number): DemandCurve {
  switch (pickFrom(g, ['steady', 'ramp', 'dailyWave', 'spike'] as const)) {
    case 'steady':
      return { kind: 'steady', rps: int(g, 0, 400) };
    case 'ramp': {
      const startSeconds = int(g, 0, duration - 1);
      return { kind: 'ramp', fromRps: int(g, 0, 400), toRps: int(g, 0, 400), startSeconds, endSeconds: int(g, startSeconds + 1, duration) };
    }
    case 'dailyWave': {
      const baseRps = int(g, 0, 300);
      return { kind: 'dailyWave', baseRps, peakRps: int(g, baseRps, 500), peakHour: int(g, 0, 23) };
    }
    case 'spike': {
      const atSeconds = int(g, 0, duration - 1);
      return { kind: 'spike', atSeconds, durationSeconds: int(g, 1, duration - atSeconds), extraRps: int(g, 0, 600) };
    }
  }
}

interface FaultTargets {
  instances: readonly InstanceSpec[];
  zones: readonly string[];
  regions: readonly string[];
  databases: readonly string[];
}

/** A scheduled fault of any kind with a target of its kind, or undefined when the estate has none. */
function scheduledFaultOf(g: Gen, duration: number, t: FaultTargets): ScheduledFaultSpec | undefined {
  const kind: FaultKind = pickFrom(g, FAULT_KINDS);
  const f: ScheduledFaultSpec = { atSeconds: int(g, 0, duration - 1), kind };
  if (chance(g, 50)) f.durationSeconds = int(g, 0, 1800);
  if (kind === 'traffic.spike') {
    f.spikePct = int(g, 1, 1000);
    return f;
  }
  let pool: readonly string[];
  if (kind === 'instance.spotInterruption') pool = t.instances.filter((i) => i.purchase === 'spot').map((i) => i.id);
  else if (kind.startsWith('instance.')) pool = t.instances.map((i) => i.id);
  else if (kind.startsWith('zone.')) pool = t.zones;
  else if (kind === 'region.outage') pool = t.regions;
  else pool = t.databases;
  if (pool.length === 0) return undefined;
  f.target = pickFrom(g, pool);
  return f;
}

// ───────────────────────────── command scripts ─────────────────────────────

/** Ids a script may refer to: what the scenario starts with, and what the sim is likely to make up. */
export interface ScriptIds {
  regions: string[];
  zones: string[];
  /** Each Region's zones (commands that take a Region and zones want zones of that Region). */
  zonesByRegion: Record<string, string[]>;
  instances: string[];
  loadBalancers: string[];
  scalingGroups: string[];
  databases: string[];
  replicas: string[];
  snapshots: string[];
  endpoints: string[];
  /** The scenario's own DNS endpoints (a weights map over exactly these reaches the all-zero check). */
  scenarioEndpoints: string[];
}

const made = (prefix: string, upTo: number): string[] => Array.from({ length: upTo }, (_, k) => `${prefix}-${String(k + 1).padStart(4, '0')}`);

/** Every id of the scenario, plus generated ids ("i-0001" … "i-0040") that earlier commands are likely to have made. */
export function scriptIdsFor(scenario: ScenarioSpec): ScriptIds {
  const e = scenario.estate;
  return {
    regions: scenario.regions.map((r) => r.id),
    zones: scenario.regions.flatMap((r) => r.zones),
    zonesByRegion: Object.fromEntries(scenario.regions.map((r) => [r.id, [...r.zones]])),
    instances: [...(e.instances ?? []).map((i) => i.id), ...made('i', 40)],
    loadBalancers: [...(e.loadBalancers ?? []).map((l) => l.id), ...made('alb', 40)],
    scalingGroups: [...(e.scalingGroups ?? []).map((s) => s.id), ...made('asg', 40)],
    databases: [...(e.databases ?? []).map((d) => d.id), ...made('db', 40)],
    replicas: [...(e.databases ?? []).flatMap((d) => (d.replicas ?? []).map((r) => r.id)), ...made('replica', 40)],
    snapshots: made('snap', 40),
    endpoints: [...(e.dns?.endpoints ?? []).map((x) => x.id), ...scenario.regions.map((r) => `${r.id}-endpoint`)],
    scenarioEndpoints: (e.dns?.endpoints ?? []).map((x) => x.id),
  };
}

/** Ids that name nothing (or only look like something). */
export const junkIdArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', 'nope', 'i-9999', 'web-99', 'USE1-AZ1', ' use1-az1', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(201)),
  fc.string({ maxLength: 12 }),
);

/** Values of the wrong type for any field. */
export const wrongTypeArb: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  42,
  -1,
  0.5,
  true,
  false,
  [],
  {},
  ['use1-az1'],
  { nested: 1 },
  'string',
  Number.NaN,
  Number.POSITIVE_INFINITY,
);

/** Out-of-range numbers: negative, fractional, not finite; bounded so that an accepted one cannot hang a run. */
export const badNumberArb: fc.Arbitrary<number> = fc.constantFrom(-1, -100, -0.5, 0.5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-9, 301, 86_401);

type Raw = Record<string, unknown>;

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

const GENERATED = /^(?:i|alb|asg|db|fault|replica|snap)-\d{4}$/;

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 2 });
}

/** Drops undefined fields, so an absent optional field is really absent. */
function clean(obj: Raw): Raw {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

/** One well-typed command of each type (its ids may still be unknown: junkIdArb mixes some in). */
function commandArbs(ids: ScriptIds): Record<(typeof COMMAND_TYPES)[number], fc.Arbitrary<Raw>> {
  const inst = ref(ids.instances);
  const zone = ref(ids.zones);
  const region = ref(ids.regions);
  const lb = ref(ids.loadBalancers);
  const group = ref(ids.scalingGroups);
  const db = ref(ids.databases);
  const type = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...INSTANCE_TYPE_NAMES) }, { weight: 1, arbitrary: fc.constantFrom('m5.huge', 'c5.large', '') });
  const zoneList = fc.oneof({ weight: 5, arbitrary: fc.subarray(ids.zones, { minLength: 1 }) }, { weight: 1, arbitrary: fc.array(zone, { maxLength: 4 }) });
  // A Region with zones of its own (mostly), for the commands that create things in a Region.
  const placed = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ids.regions).chain((r) => fc.record({ regionId: fc.constant(r), zoneIds: fc.subarray(ids.zonesByRegion[r] ?? [], { minLength: 1 }) })) },
    { weight: 1, arbitrary: fc.record({ regionId: region, zoneIds: zoneList }) },
  );
  const size = fc.integer({ min: 0, max: 6 });
  // min ≤ desired ≤ max mostly; any three sizes sometimes.
  const sizes = fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map((t) => [...t].sort((a, b) => a - b)) },
    { weight: 1, arbitrary: fc.tuple(size, size, size) },
  ).map(([min, desired, max]) => ({ min, desired, max }));
  const healthCheck = fc.record(
    { intervalSeconds: fc.integer({ min: 1, max: 400 }), unhealthyThreshold: fc.integer({ min: 0, max: 12 }), healthyThreshold: fc.integer({ min: 0, max: 12 }) },
    { requiredKeys: [] },
  );
  const seconds = fc.integer({ min: 0, max: 3600 });
  const posture = fc.oneof({ weight: 5, arbitrary: fc.constantFrom<string>(...DR_POSTURES) }, { weight: 1, arbitrary: fc.constantFrom('hotSpare', '') });
  const someWeights = fc.dictionary(ref(ids.endpoints), fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constant(0), badNumberArb), { maxKeys: 3 });
  // Every endpoint at once, all to the same weight (0 included: that one must be refused).
  const allWeights = fc.constantFrom(0, 1, 255).map((w) => Object.fromEntries(ids.scenarioEndpoints.map((id) => [id, w])));
  const endpointWeights = fc.oneof({ weight: 3, arbitrary: someWeights }, { weight: 1, arbitrary: allWeights });
  const kind = fc.oneof({ weight: 8, arbitrary: fc.constantFrom<string>(...FAULT_KINDS) }, { weight: 1, arbitrary: fc.constantFrom('meteor.strike', '') });
  const anyTarget = ref([...ids.instances.slice(0, 12), ...ids.zones, ...ids.regions, ...ids.databases.slice(0, 3)]);
  // A fault and a target of its kind (mostly), as a teacher's hotkey would send it.
  const targetOf = (k: FaultKind): fc.Arbitrary<string | undefined> =>
    k === 'traffic.spike' ? fc.constant(undefined) : k.startsWith('instance.') ? inst : k.startsWith('zone.') ? zone : k === 'region.outage' ? region : db;
  const aimedFault = fc.constantFrom(...FAULT_KINDS).chain((k) => fc.record({ kind: fc.constant<string>(k), targetId: targetOf(k) }));
  const anyFault = fc.record({ kind, targetId: optional(anyTarget) });

  return {
    'instance.launch': fc
      .record({ zoneId: zone, instanceType: type, purchase: optional(fc.constantFrom('onDemand', 'spot')), tenancy: optional(fc.constantFrom('shared', 'dedicated', 'host')), loadBalancerId: optional(lb) })
      .map(clean),
    'instance.terminate': fc.record({ instanceId: inst }),
    'instance.stop': fc.record({ instanceId: inst }),
    'instance.start': fc.record({ instanceId: inst }),
    'instance.reboot': fc.record({ instanceId: inst }),
    'instance.resize': fc.record({ instanceId: inst, instanceType: type }),
    'loadBalancer.create': fc
      .tuple(placed, fc.record({ crossZone: optional(fc.boolean()), sticky: optional(fc.boolean()) }))
      .map(([where, rest]) => clean({ ...where, ...rest })),
    'loadBalancer.attach': fc.record({ loadBalancerId: lb, instanceId: inst }),
    'loadBalancer.detach': fc.record({ loadBalancerId: lb, instanceId: inst }),
    'loadBalancer.configure': fc
      .record({ loadBalancerId: lb, zoneIds: optional(zoneList), crossZone: optional(fc.boolean()), sticky: optional(fc.boolean()), healthCheck: optional(healthCheck) })
      .map(clean),
    'scalingGroup.create': fc
      .tuple(
        placed,
        sizes,
        fc.record({
          instanceType: type,
          purchase: optional(fc.constantFrom('onDemand', 'spot')),
          loadBalancerId: optional(lb),
          healthCheckType: optional(fc.constantFrom('ec2', 'elb')),
        }),
      )
      .map(([where, counts, rest]) => clean({ ...where, ...rest, ...counts })),
    'scalingGroup.configure': fc
      .record({
        scalingGroupId: group,
        min: optional(size),
        max: optional(size),
        desired: optional(size),
        zoneIds: optional(zoneList),
        healthCheckType: optional(fc.constantFrom('ec2', 'elb')),
        warmupSeconds: optional(seconds),
        cooldownSeconds: optional(seconds),
      })
      .map(clean),
    'scalingGroup.setPolicy': fc
      .record({ scalingGroupId: group, metric: fc.constantFrom('cpu', 'requestsPerTarget', 'none'), target: optional(fc.integer({ min: 0, max: 150 })) })
      .map(clean),
    'scalingGroup.schedule': fc
      .record({ scalingGroupId: group, atSeconds: fc.integer({ min: 0, max: 3600 }), min: optional(size), max: optional(size), desired: optional(size) })
      .map(clean),
    'database.create': fc.record({ regionId: region, zoneId: zone, size: optional(fc.oneof(fc.constantFrom(...DATABASE_SIZE_NAMES), fc.constantFrom('db.x1.huge'))) }).map(clean),
    'database.enableMultiAz': fc.record({ databaseId: db, standbyZoneId: optional(zone) }).map(clean),
    'database.enableBackups': fc.record({ databaseId: db }),
    'database.failOver': fc.record({ databaseId: db }),
    'database.addReadReplica': fc.record({ databaseId: db, zoneId: zone }),
    'database.promoteReplica': fc.record({ databaseId: db, replicaId: ref(ids.replicas) }),
    'database.snapshot': fc.record({ databaseId: db }),
    'database.restore': fc.record({ databaseId: db, zoneId: optional(zone), snapshotId: optional(ref(ids.snapshots)) }).map(clean),
    'dr.setPosture': fc.record({ posture, primaryRegionId: region, drRegionId: region }),
    'region.failOver': fc.record({ fromRegionId: region, toRegionId: region }),
    'region.failBack': fc.constant({}),
    'dns.setWeights': fc.record({ weights: endpointWeights }),
    'session.setMode': fc.record({ mode: fc.constantFrom('memory', 'store') }),
    'fault.inject': fc
      .tuple(
        fc.oneof({ weight: 3, arbitrary: aimedFault }, { weight: 1, arbitrary: anyFault }),
        fc.record({
          durationSeconds: optional(fc.oneof(fc.integer({ min: 0, max: 1800 }), badNumberArb)),
          spikePct: optional(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }) }, { weight: 1, arbitrary: badNumberArb })),
        }),
      )
      .map(([what, rest]) => clean({ ...what, ...rest })),
  };
}

/** Breaks a well-formed command: a field of the wrong type, an out-of-range number, an extra field, a missing field. */
function spoil(cmd: Raw, how: 'wrongType' | 'badNumber' | 'extra' | 'drop', at: number, junk: unknown, bad: number): Raw {
  const out: Raw = { ...cmd };
  const keys = Object.keys(out).filter((k) => k !== 'type');
  const key = keys[at % Math.max(1, keys.length)];
  switch (how) {
    case 'wrongType':
      if (key !== undefined) out[key] = junk;
      else out.type = junk;
      break;
    case 'badNumber': {
      const numeric = keys.filter((k) => typeof out[k] === 'number');
      const k = numeric[at % Math.max(1, numeric.length)];
      if (k !== undefined) out[k] = bad;
      else out.bogus = bad;
      break;
    }
    case 'extra':
      // An own "__proto__" key, as JSON.parse makes one (plain assignment would set the prototype).
      Object.defineProperty(out, ['bogus', '__proto__', 'constructor'][at % 3]!, { value: junk, enumerable: true, writable: true, configurable: true });
      break;
    case 'drop':
      if (key !== undefined) delete out[key];
      else out.type = `${String(out.type)}.x`;
      break;
  }
  return out;
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

export interface ScriptOptions {
  minCommands?: number;
  maxCommands?: number;
  /** Relative weight of junk (spoiled or malformed) commands against well-formed ones; default 1 : 3. */
  junkWeight?: number;
  /** Pack commands into the first seconds so their effects have time to play out (default: spread over the run). */
  within?: number;
}

/** One command of any type: well-formed (ids mostly valid), spoiled, or malformed. */
export function commandArb(ids: ScriptIds, junkWeight = 1): fc.Arbitrary<Command> {
  const arbs = commandArbs(ids);
  const wellFormed = fc.oneof(...COMMAND_TYPES.map((type) => arbs[type].map((fields) => ({ type, ...fields }) as Raw)));
  const spoiled = fc
    .tuple(wellFormed, fc.constantFrom('wrongType', 'badNumber', 'extra', 'drop') as fc.Arbitrary<'wrongType' | 'badNumber' | 'extra' | 'drop'>, fc.nat(20), wrongTypeArb, badNumberArb)
    .map(([cmd, how, at, junk, bad]) => spoil(cmd, how, at, junk, bad));
  const arb: fc.Arbitrary<unknown> =
    junkWeight <= 0
      ? wellFormed
      : fc.oneof({ weight: 3 * 4, arbitrary: wellFormed }, { weight: 3 * junkWeight, arbitrary: spoiled }, { weight: junkWeight, arbitrary: malformedCommandArb });
  // The script type says Command; junk is deliberately not one, to check it is refused and not trusted.
  return arb as fc.Arbitrary<Command>;
}

/** 0–40 commands of every type, sorted by atSeconds within the scenario's duration. */
export function scriptArb(scenario: ScenarioSpec, opts: ScriptOptions = {}): fc.Arbitrary<ScriptedCommand[]> {
  const last = Math.min(scenario.durationSeconds, opts.within ?? scenario.durationSeconds) - 1;
  const entry = fc.record({ atSeconds: fc.integer({ min: 0, max: last }), command: commandArb(scriptIdsFor(scenario), opts.junkWeight ?? 1) });
  return fc
    .array(entry, { minLength: opts.minCommands ?? 0, maxLength: opts.maxCommands ?? 40 })
    .map((list) => list.map((e, i) => ({ e, i })).sort((a, b) => a.e.atSeconds - b.e.atSeconds || a.i - b.i).map(({ e }) => e));
}

export interface Case {
  scenario: ScenarioSpec;
  script: ScriptedCommand[];
  seed: number;
}

/** A scenario, a script for it and a run seed (0 included). */
export function caseArb(scenarioOpts: ScenarioOptions = {}, scriptOpts: ScriptOptions = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(scenarioArb(scenarioOpts), fc.oneof(fc.constant(0), fc.nat()))
    .chain(([scenario, seed]) => scriptArb(scenario, scriptOpts).map((script) => ({ scenario, script, seed })));
}

// ───────────────────────── an independent oracle for junk ─────────────────────────

type FieldKind = 'string' | 'number' | 'boolean' | 'strings' | 'weights' | 'healthCheck';

/** The Command union written out again, independently of validateCommand: `!` marks a required field. */
const COMMAND_FIELDS: Record<(typeof COMMAND_TYPES)[number], Record<string, `${FieldKind}${'' | '!'}`>> = {
  'instance.launch': { zoneId: 'string!', instanceType: 'string!', purchase: 'string', tenancy: 'string', loadBalancerId: 'string' },
  'instance.terminate': { instanceId: 'string!' },
  'instance.stop': { instanceId: 'string!' },
  'instance.start': { instanceId: 'string!' },
  'instance.reboot': { instanceId: 'string!' },
  'instance.resize': { instanceId: 'string!', instanceType: 'string!' },
  'loadBalancer.create': { regionId: 'string!', zoneIds: 'strings!', crossZone: 'boolean', sticky: 'boolean' },
  'loadBalancer.attach': { loadBalancerId: 'string!', instanceId: 'string!' },
  'loadBalancer.detach': { loadBalancerId: 'string!', instanceId: 'string!' },
  'loadBalancer.configure': { loadBalancerId: 'string!', zoneIds: 'strings', crossZone: 'boolean', sticky: 'boolean', healthCheck: 'healthCheck' },
  'scalingGroup.create': {
    regionId: 'string!',
    zoneIds: 'strings!',
    instanceType: 'string!',
    min: 'number!',
    max: 'number!',
    desired: 'number!',
    purchase: 'string',
    loadBalancerId: 'string',
    healthCheckType: 'string',
  },
  'scalingGroup.configure': {
    scalingGroupId: 'string!',
    min: 'number',
    max: 'number',
    desired: 'number',
    zoneIds: 'strings',
    healthCheckType: 'string',
    warmupSeconds: 'number',
    cooldownSeconds: 'number',
  },
  'scalingGroup.setPolicy': { scalingGroupId: 'string!', metric: 'string!', target: 'number' },
  'scalingGroup.schedule': { scalingGroupId: 'string!', atSeconds: 'number!', min: 'number', max: 'number', desired: 'number' },
  'database.create': { regionId: 'string!', zoneId: 'string!', size: 'string' },
  'database.enableMultiAz': { databaseId: 'string!', standbyZoneId: 'string' },
  'database.enableBackups': { databaseId: 'string!' },
  'database.failOver': { databaseId: 'string!' },
  'database.addReadReplica': { databaseId: 'string!', zoneId: 'string!' },
  'database.promoteReplica': { databaseId: 'string!', replicaId: 'string!' },
  'database.snapshot': { databaseId: 'string!' },
  'database.restore': { databaseId: 'string!', zoneId: 'string', snapshotId: 'string' },
  'dr.setPosture': { posture: 'string!', primaryRegionId: 'string!', drRegionId: 'string!' },
  'region.failOver': { fromRegionId: 'string!', toRegionId: 'string!' },
  'region.failBack': {},
  'dns.setWeights': { weights: 'weights!' },
  'session.setMode': { mode: 'string!' },
  'fault.inject': { kind: 'string!', targetId: 'string', durationSeconds: 'number', spikePct: 'number' },
};

const ENUM_FIELDS: Record<string, readonly string[]> = {
  purchase: ['onDemand', 'spot'],
  tenancy: ['shared', 'dedicated', 'host'],
  healthCheckType: ['ec2', 'elb'],
  metric: ['cpu', 'requestsPerTarget', 'none'],
  mode: ['memory', 'store'],
  posture: DR_POSTURES,
  kind: FAULT_KINDS,
  size: DATABASE_SIZE_NAMES,
  instanceType: INSTANCE_TYPE_NAMES,
};

/** Numbers that count things or seconds: whole numbers only. */
const WHOLE_FIELDS = new Set(['min', 'max', 'desired', 'atSeconds', 'warmupSeconds', 'cooldownSeconds', 'durationSeconds']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const badCount = (v: number): boolean => !Number.isFinite(v) || v < 0;

/**
 * Why a command can never be valid, whatever the World holds — or null when it might be. Judged by
 * shape and range alone (not by ids): the wrong type, a missing or unknown field, an unknown enum
 * value, a negative, fractional or non-finite count, a value outside the documented range.
 * applyCommand must reject every command for which this returns a reason.
 */
export function definitelyInvalid(input: unknown): string | null {
  if (!isPlainObject(input)) return 'not an object';
  const type = input.type;
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) return `unknown type ${String(type)}`;
  const spec = COMMAND_FIELDS[type as (typeof COMMAND_TYPES)[number]];
  for (const key of Object.keys(input)) if (key !== 'type' && !Object.hasOwn(spec, key)) return `unknown field ${key}`;
  for (const [key, raw] of Object.entries(spec)) {
    const required = raw.endsWith('!');
    const kind = (required ? raw.slice(0, -1) : raw) as FieldKind;
    const v = input[key];
    if (v === undefined) {
      if (required) return `missing ${key}`;
      continue;
    }
    switch (kind) {
      case 'string':
        if (typeof v !== 'string') return `${key} is not a string`;
        if (ENUM_FIELDS[key] && !ENUM_FIELDS[key].includes(v)) return `${key} ${v} is not one of its values`;
        break;
      case 'boolean':
        if (typeof v !== 'boolean') return `${key} is not a boolean`;
        break;
      case 'strings':
        if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return `${key} is not a list of strings`;
        break;
      case 'number':
        if (typeof v !== 'number' || badCount(v)) return `${key} is not a finite number ≥ 0`;
        if (WHOLE_FIELDS.has(key) && !Number.isInteger(v)) return `${key} is not whole`;
        break;
      case 'weights':
        if (!isPlainObject(v)) return `${key} is not an object`;
        for (const w of Object.values(v)) if (typeof w !== 'number' || badCount(w) || !Number.isInteger(w) || w > 255) return `weight ${String(w)} is not 0–255`;
        break;
      case 'healthCheck': {
        if (!isPlainObject(v)) return `${key} is not an object`;
        for (const [k, x] of Object.entries(v)) {
          if (!['intervalSeconds', 'unhealthyThreshold', 'healthyThreshold'].includes(k)) return `healthCheck.${k} is unknown`;
          if (typeof x !== 'number' || !Number.isInteger(x)) return `healthCheck.${k} is not whole`;
          const [lo, hi] = k === 'intervalSeconds' ? [5, 300] : [2, 10];
          if (x < lo || x > hi) return `healthCheck.${k} ${x} is outside ${lo}–${hi}`;
        }
        break;
      }
    }
  }
  // Ranges the commands document.
  const n = (k: string): number | undefined => (typeof input[k] === 'number' ? (input[k] as number) : undefined);
  if (type === 'scalingGroup.configure' || type === 'scalingGroup.create' || type === 'scalingGroup.schedule') {
    const [min, max, desired] = [n('min'), n('max'), n('desired')];
    if (min !== undefined && max !== undefined && min > max) return 'min > max';
    if (type !== 'scalingGroup.schedule') {
      if (desired !== undefined && max !== undefined && desired > max) return 'desired > max';
      if (desired !== undefined && min !== undefined && desired < min) return 'desired < min';
    }
    for (const k of ['warmupSeconds', 'cooldownSeconds']) if ((n(k) ?? 0) > 3600) return `${k} above 3600`;
  }
  if (type === 'scalingGroup.setPolicy' && input.metric !== 'none' && input.target !== undefined) {
    const t = n('target') ?? 0;
    if (!(t > 0) || (input.metric === 'cpu' && t > 100)) return `target ${t} out of range`;
  }
  if (type === 'fault.inject' && (n('durationSeconds') ?? 0) > 86_400) return 'durationSeconds above one day';
  if (type === 'loadBalancer.create' && (input.zoneIds as unknown[]).length === 0) return 'no zones';
  return null;
}
