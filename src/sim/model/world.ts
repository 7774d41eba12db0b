import type { DatabaseSize } from './constants';
import type {
  DatabaseState,
  DrPosture,
  DrState,
  InstanceState,
  RegionState,
  ScalingState,
  ZoneState,
} from './lifecycles';
import type { Ledger } from './ledger';
import type { Metrics } from './metrics';
import type { ScenarioSpec } from './scenario';

/**
 * The whole state of a run: plain data (JSON-serialisable, hashable, clonable with structuredClone).
 * Entity arrays are kept in id-creation order; systems iterate them in that order, so ties break the
 * same way in every engine.
 */
export interface World {
  scenario: ScenarioSpec;
  seed: number;
  /** Ticks elapsed; one tick is one simulated second. */
  tick: number;
  /** PRNG state (see rng.ts). */
  rng: number;
  /** Sequence for generated ids (i-0001, db-r-0002 …). */
  nextSeq: number;
  regions: Region[];
  zones: Zone[];
  subnets: Subnet[];
  instances: Instance[];
  loadBalancers: LoadBalancer[];
  scalingGroups: ScalingGroup[];
  databases: Database[];
  dns: Dns;
  sessions: SessionConfig;
  dr: DrPlan | null;
  faults: ActiveFault[];
  /** Demand multiplier from traffic-spike faults, percent (100 = none). */
  trafficSpikePct: number;
  /**
   * Bumped whenever something may start or stop serving: an instance changes state or its app comes
   * up, a zone or Region goes down or comes back. The router's in-service cache keys on it.
   */
  livenessVersion: number;
  /** Set when the fleet changes (launch, state change, resize, prune): billing rates are recomputed. */
  fleetChanged: boolean;
  billRates: BillRates;
  /** Seconds the whole run lasts. */
  durationTicks: number;
  ledger: Ledger;
  metrics: Metrics;
}

export interface Region {
  id: string;
  state: RegionState;
  deadlineTick: number;
  zoneIds: string[];
}

export interface Zone {
  id: string;
  regionId: string;
  state: ZoneState;
  /** When the current transitional state (recovering) ends. */
  deadlineTick: number;
  /** Launches into this zone fail with InsufficientInstanceCapacity while tick < this. */
  launchBlockedUntilTick: number;
}

export interface Subnet {
  id: string;
  zoneId: string;
}

export type Purchase = 'onDemand' | 'spot';
export type Tenancy = 'shared' | 'dedicated' | 'host';

export interface Instance {
  id: string;
  regionId: string;
  zoneId: string;
  subnetId: string;
  /** e.g. "m5.large" (see instanceTypes.ts). */
  type: string;
  /** Requests per second this type serves at 100 % utilisation (cached from the type ladder). */
  capacityRps: number;
  purchase: Purchase;
  tenancy: Tenancy;
  state: InstanceState;
  stateSinceTick: number;
  /** When the current transitional state (pending, stopping, rebooting, shuttingDown) ends. */
  deadlineTick: number;
  /** The application accepts requests from this tick (null while not running). */
  appReadyTick: number | null;
  /** When this instance last entered running: per-second billing with a 60 s minimum from here. */
  runningSinceTick: number;
  /** A load balancer to join once the instance is running (ASG members and manual launches). */
  attachOnRunning: string | null;
  diskGb: number;
  scalingGroupId: string | null;
  /** In-memory sessions held by this instance (lost when it stops, reboots or terminates). */
  sessions: number;
  /** Grey failure: serves slowly but passes health checks, until this tick. */
  greyUntilTick: number;
  /** A spot interruption notice was given: the instance is reclaimed at this tick. */
  spotReclaimTick: number | null;
  /** Requests sent to this instance in the last tick, and its utilisation (0–1+) then. */
  loadRps: number;
  utilisation: number;
  terminatedTick: number | null;
}

export type TargetHealth = 'initial' | 'healthy' | 'unhealthy';

export interface Target {
  instanceId: string;
  health: TargetHealth;
  okStreak: number;
  failStreak: number;
  /** Next health-check probe; probes are phased by registration time. */
  nextCheckTick: number;
}

export interface HealthCheckConfig {
  intervalTicks: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
}

export interface LoadBalancer {
  id: string;
  regionId: string;
  zoneIds: string[];
  crossZone: boolean;
  sticky: boolean;
  healthCheck: HealthCheckConfig;
  targets: Target[];
  /** Bumped whenever targets or enabled zones change (the router's caches key on it). */
  targetsVersion: number;
  /** Bumped whenever a target's health flips or a target's capacity changes. */
  healthVersion: number;
  /** Serves traffic from this tick (provisioning before). */
  activeFromTick: number;
  createdTick: number;
}

export type ScalingMetric = 'cpu' | 'requestsPerTarget';

export interface ScalingPolicy {
  metric: ScalingMetric;
  /** Percent utilisation for cpu; requests/s per target for requestsPerTarget. */
  target: number;
}

export interface ScheduledScaling {
  atTick: number;
  min?: number;
  max?: number;
  desired?: number;
}

export interface ScalingGroup {
  id: string;
  regionId: string;
  zoneIds: string[];
  type: string;
  purchase: Purchase;
  min: number;
  max: number;
  desired: number;
  loadBalancerId: string | null;
  healthCheckType: 'ec2' | 'elb';
  healthCheckGraceTicks: number;
  warmupTicks: number;
  cooldownTicks: number;
  policy: ScalingPolicy | null;
  scheduled: ScheduledScaling[];
  state: ScalingState;
  /** No policy-driven change before this tick. */
  cooldownUntilTick: number;
  /** No target-tracking scale-out before this tick: the last newcomers are still booting and warming up. */
  scaleOutHoldUntilTick: number;
  /** No launch attempt before this tick (back-off after every AZ refused). */
  launchRetryTick: number;
  /** Consecutive ticks the metric has been above / below target (the alarms' datapoints). */
  aboveTicks: number;
  belowTicks: number;
}

export interface ReadReplica {
  id: string;
  regionId: string;
  zoneId: string;
  state: 'available' | 'down' | 'promoting';
}

export interface Snapshot {
  id: string;
  databaseId: string;
  tick: number;
  sizeGb: number;
}

export interface Database {
  id: string;
  regionId: string;
  size: DatabaseSize;
  multiAz: boolean;
  primaryZoneId: string;
  standbyZoneId: string | null;
  /** A new standby is being built until this tick (no synchronous protection before it). */
  standbyReadyTick: number;
  state: DatabaseState;
  deadlineTick: number;
  /** Where the primary comes back after a failover or restore. */
  pendingZoneId: string | null;
  backupsEnabled: boolean;
  /** Last transaction-log upload (the latest restorable time) and the last write lost point. */
  lastLogUploadTick: number;
  /** When the primary was lost without a synchronous standby (null while it has not been). */
  lostAtTick: number | null;
  storageGb: number;
  replicas: ReadReplica[];
  snapshots: Snapshot[];
}

export interface DnsEndpoint {
  id: string;
  regionId: string;
  targetKind: 'loadBalancer' | 'instance';
  targetId: string;
  role: 'primary' | 'secondary';
  weight: number;
  /** Route 53's view of the endpoint, and its consecutive failed/passed checks. */
  healthy: boolean;
  failStreak: number;
  okStreak: number;
}

export interface Dns {
  policy: 'simple' | 'failover' | 'weighted';
  ttlTicks: number;
  intervalTicks: number;
  failureThreshold: number;
  endpoints: DnsEndpoint[];
  /** What resolvers now answer, per endpoint, in per-mille. */
  answer: number[];
  /** What clients had cached when the answer last changed; caches expire linearly over the TTL. */
  previousAnswer: number[];
  answerChangedTick: number;
  /** Manual override (region.failOver): the answer is pinned to these per-mille weights. */
  pinned: number[] | null;
}

export interface SessionConfig {
  mode: 'memory' | 'store';
}

export interface DrPlan {
  posture: DrPosture;
  primaryRegionId: string;
  drRegionId: string;
  state: DrState;
  /** Failing over or back: start the data and compute steps, wait for them, then switch DNS. */
  phase: 'idle' | 'waiting' | 'dnsSwitched';
  /** The Region traffic and writes are meant to go to now. */
  activeRegionId: string;
  /** Production size in the primary Region when the posture was set: what a failover restores. */
  fleetSize: number;
  instanceType: string;
  /** What the posture keeps in the DR Region. */
  loadBalancerId: string | null;
  endpointId: string | null;
  replicaId: string | null;
  instanceIds: string[];
  /** When the current failover or failback started. */
  startedTick: number;
  /** A stack being deployed in the DR Region: its instances launch at this tick (null: none pending). */
  launchAtTick: number | null;
}

export interface ActiveFault {
  id: string;
  kind: string;
  targetId: string;
  startTick: number;
  endTick: number;
  /** Instances this fault stopped, restarted when it ends (FIS startInstancesAfterDuration). */
  affected: string[];
  /** For a traffic spike: its demand multiplier, percent. */
  value: number;
}

/** Per-second rates derived from the fleet; recomputed only when `fleetChanged`. */
export interface BillRates {
  computeMicrosPerHour: number;
  diskGb: number;
  dedicatedMicrosPerHour: number;
}
