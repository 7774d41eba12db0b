import fc from 'fast-check';
import { COMMAND_TYPES, DATABASE_SIZE_NAMES, DNS_POLICIES, DR_POSTURES, FAULT_KINDS, HEALTH_CHECK_TYPES, INSTANCE_TYPE_NAMES, PURCHASES, SESSION_MODES, TENANCIES, type DatabaseSpec, type DemandCurve, type DnsSpec, type FaultKind, type InstanceSpec, type LoadBalancerSpec, type RandomFaultSpec, type ScalingGroupSpec, type ScenarioSpec, type ScheduledFaultSpec } from '../../../src/sim';

/**
 * fast-check arbitraries for the simulation's property tests: small but complete scenarios (every
 * reference valid: ids are generated first, then picked from), and the ids a command script for one
 * may name. The commands themselves come from commandArb.ts, scripts from scriptArb.ts.
 */

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
    if (chance(g, 40)) inst.purchase = pickFrom(g, PURCHASES);
    if (chance(g, 15)) inst.tenancy = pickFrom(g, TENANCIES);
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
    if (chance(g, 30)) group.purchase = pickFrom(g, PURCHASES);
    if (chance(g, 30)) group.healthCheckType = pickFrom(g, HEALTH_CHECK_TYPES);
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
    if (chance(g, 60)) dns.policy = pickFrom(g, DNS_POLICIES);
    if (chance(g, 30)) dns.ttlSeconds = int(g, 0, 300);
    for (let k = 1, n = int(g, 1, 3); k <= n; k++) {
      const t = pickFrom(g, targets);
      const ep: DnsSpec['endpoints'][number] = { id: `shop-${k}`, region: t.region, target: t.id };
      if (chance(g, 50)) ep.role = pickFrom(g, ['primary', 'secondary'] as const);
      if (chance(g, 50)) ep.weight = int(g, 0, 255);
      dns.endpoints.push(ep);
    }
  }

  // The request path after the front door: some front components call the database (or several
  // of them with different shares); a level may also leave a database uncalled.
  let topology: ScenarioSpec['topology'];
  const fronts = [...loadBalancers.map((l) => l.id), ...instances.map((i) => i.id)];
  if (databases.length > 0 && fronts.length > 0 && chance(g, rich ? 90 : 70)) {
    const callers = nonEmptySubset(g, fronts);
    topology = {
      calls: callers.flatMap((from) => databases.map((d) => (chance(g, 50) ? { from, to: d.id } : { from, to: d.id, sharePct: int(g, 1, 100) }))),
    };
  }

  const estate: ScenarioSpec['estate'] = {};
  if (instances.length > 0) estate.instances = instances;
  if (loadBalancers.length > 0) estate.loadBalancers = loadBalancers;
  if (scalingGroups.length > 0) estate.scalingGroups = scalingGroups;
  if (databases.length > 0) estate.databases = databases;
  if (dns) estate.dns = dns;
  if (chance(g, 60)) estate.sessions = pickFrom(g, SESSION_MODES);
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
  if (topology) scenario.topology = topology;
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

// ───────────────────────────── ids for command scripts ─────────────────────────────

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
