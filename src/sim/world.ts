import { DNS_DEFAULTS, SCALING_DEFAULTS } from './model/constants';
import { createLedger } from './model/ledger';
import { createMetrics } from './model/metrics';
import type { ScenarioSpec } from './model/scenario';
import type { Database, Dns, ScalingGroup, World } from './model/world';
import type { EventSink } from './events';
import { launchInstance } from './instanceOps';
import { registerTarget } from './targets';
import { seedToState } from './rng';
import { refreshDnsAnswer } from './systems/checkDnsHealth';
import { createLoadBalancer } from './createLoadBalancer';
import { provisionPosture } from './dr/provisionPosture';

/** Builds the World at tick 0 from a Scenario. The seed is required; 0 is a valid seed. */
export function createWorld(scenario: ScenarioSpec, seed: number): World {
  const world: World = {
    scenario,
    seed,
    tick: 0,
    rng: seedToState(seed),
    nextSeq: 0,
    regions: scenario.regions.map((r) => ({ id: r.id, state: 'available', deadlineTick: 0, zoneIds: [...r.zones] })),
    zones: scenario.regions.flatMap((r) =>
      r.zones.map((z) => ({ id: z, regionId: r.id, state: 'available' as const, deadlineTick: 0, launchBlockedUntilTick: 0 })),
    ),
    subnets: scenario.regions.flatMap((r) => r.zones.map((z) => ({ id: `${z}-subnet-a`, zoneId: z }))),
    instances: [],
    loadBalancers: [],
    scalingGroups: [],
    databases: [],
    dns: createDns(scenario),
    sessions: { mode: scenario.estate.sessions ?? 'memory' },
    dr: null,
    faults: [],
    trafficSpikePct: 100,
    fleetChanged: true,
    livenessVersion: 0,
    billRates: { computeMicrosPerHour: 0, diskGb: 0, dedicatedMicrosPerHour: 0 },
    durationTicks: scenario.durationSeconds,
    ledger: createLedger(),
    metrics: createMetrics(),
  };
  const events: EventSink = [];
  const estate = scenario.estate;
  for (const lb of estate.loadBalancers ?? []) world.loadBalancers.push(createLoadBalancer(lb, 0, 0));
  for (const spec of estate.instances ?? []) {
    const inst = launchInstance(
      world,
      {
        id: spec.id,
        zoneId: spec.zone,
        type: spec.type,
        purchase: spec.purchase ?? 'onDemand',
        tenancy: spec.tenancy ?? 'shared',
        diskGb: spec.diskGb ?? 8,
        initialState: spec.stopped ? 'stopped' : 'running',
      },
      events,
    );
    const lb = spec.loadBalancer ? world.loadBalancers.find((l) => l.id === spec.loadBalancer) : undefined;
    // The starting estate is already in service: its targets begin healthy.
    if (lb) registerTarget(world, lb, inst.id, events, spec.stopped ? 'initial' : 'healthy');
  }
  for (const g of estate.scalingGroups ?? []) {
    const group = createScalingGroupFromSpec(g);
    world.scalingGroups.push(group);
    // The group starts at its desired size, already in service, spread over its AZs.
    const lb = group.loadBalancerId ? world.loadBalancers.find((l) => l.id === group.loadBalancerId) : undefined;
    for (let k = 0; k < group.desired; k++) {
      const zoneId = group.zoneIds[k % group.zoneIds.length]!;
      const inst = launchInstance(world, { zoneId, type: group.type, purchase: group.purchase, scalingGroupId: group.id, initialState: 'running' }, events);
      if (lb) registerTarget(world, lb, inst.id, events, 'healthy');
    }
  }
  for (const d of estate.databases ?? []) world.databases.push(createDatabaseFromSpec(world, d));
  refreshDnsAnswer(world, events);
  if (estate.dr) provisionPosture(world, { posture: estate.dr.posture, primaryRegionId: estate.dr.primaryRegion, drRegionId: estate.dr.drRegion, atStart: true }, events);
  world.dns.previousAnswer = [...world.dns.answer];
  return world;
}

function createScalingGroupFromSpec(g: NonNullable<ScenarioSpec['estate']['scalingGroups']>[number]): ScalingGroup {
  return {
    id: g.id,
    regionId: g.region,
    zoneIds: [...g.zones],
    type: g.type,
    purchase: g.purchase ?? 'onDemand',
    min: g.min,
    max: g.max,
    desired: g.desired,
    loadBalancerId: g.loadBalancer ?? null,
    healthCheckType: g.healthCheckType ?? (g.loadBalancer ? 'elb' : 'ec2'),
    healthCheckGraceTicks: g.healthCheckGraceSeconds ?? SCALING_DEFAULTS.healthCheckGraceTicks,
    warmupTicks: g.warmupSeconds ?? SCALING_DEFAULTS.warmupTicks,
    cooldownTicks: g.cooldownSeconds ?? SCALING_DEFAULTS.cooldownTicks,
    policy: g.policy ? { metric: g.policy.metric, target: g.policy.target } : null,
    scheduled: (g.scheduled ?? []).map((s) => ({ ...s, atTick: s.atSeconds })).map(({ atSeconds: _a, ...rest }) => rest),
    state: 'steady',
    cooldownUntilTick: 0,
    launchRetryTick: 0,
    scaleOutHoldUntilTick: 0,
    aboveTicks: 0,
    belowTicks: 0,
  };
}

function createDatabaseFromSpec(world: World, d: NonNullable<ScenarioSpec['estate']['databases']>[number]): Database {
  return {
    id: d.id,
    regionId: d.region,
    size: d.size ?? 'db.m5.large',
    multiAz: d.multiAz ?? false,
    primaryZoneId: d.zone,
    standbyZoneId: d.multiAz ? (d.standbyZone ?? defaultStandbyZone(world, d.region, d.zone)) : null,
    standbyReadyTick: 0,
    state: 'available',
    deadlineTick: 0,
    pendingZoneId: null,
    backupsEnabled: d.backups ?? true,
    lastLogUploadTick: 0,
    lostAtTick: null,
    storageGb: d.storageGb ?? 20,
    replicas: (d.replicas ?? []).map((r) => ({ id: r.id, regionId: d.region, zoneId: r.zone, state: 'available' as const })),
    snapshots: [],
  };
}

function createDns(scenario: ScenarioSpec): Dns {
  const spec = scenario.estate.dns;
  const endpoints = (spec?.endpoints ?? []).map((e) => ({
    id: e.id,
    regionId: e.region,
    targetKind: (scenario.estate.loadBalancers ?? []).some((l) => l.id === e.target) ? ('loadBalancer' as const) : ('instance' as const),
    targetId: e.target,
    role: e.role ?? ('primary' as const),
    weight: e.weight ?? 1,
    healthy: true,
    failStreak: 0,
    okStreak: 0,
  }));
  return {
    policy: spec?.policy ?? 'simple',
    ttlTicks: spec?.ttlSeconds ?? DNS_DEFAULTS.ttlTicks,
    intervalTicks: DNS_DEFAULTS.intervalTicks,
    failureThreshold: DNS_DEFAULTS.failureThreshold,
    endpoints,
    answer: [],
    previousAnswer: [],
    answerChangedTick: 0,
    pinned: null,
  };
}

/** Used by the standby-zone default: the first other zone of the region. */
export function defaultStandbyZone(world: World, regionId: string, primaryZoneId: string): string | null {
  return world.zones.find((z) => z.regionId === regionId && z.id !== primaryZoneId)?.id ?? null;
}
