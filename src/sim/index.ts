/**
 * The simulation's public face: what its clients (levels, replays, runtime, view, audio, scripts) may
 * use. Everything else under src/sim is the engine's own business (lint holds the view to this file
 * and src/sim/readModel).
 */
export { applyCommand, checkCommand } from './commands/applyCommand';
export { MAX_SCRIPT_COMMANDS, parseScript } from './commands/parseScript';
export { COMMANDS, commandDef } from './commands/registry';
export { COMMAND_TYPES, type Command, type CommandType, type ScriptedCommand } from './commands/types';
export { validateCommand } from './commands/validateCommand';
export { SECONDS_PER_BILLING_MONTH, SECONDS_PER_HOUR } from './core/constants';
export { createWorld } from './core/createWorld';
export type { EventSink, SimEvent, SimEventType } from './core/events';
export { canonicalJson, Hasher } from './core/hash';
export { totalMicros, type FailureCause, type Ledger, type LedgerCategory } from './core/ledger';
export type { Metrics } from './core/metrics';
export { nextFloat, seedToState } from './core/rng';
export { WEEKDAYS } from './core/scenario';
export type { ClockSpec, DemandCurve, EstateSpec, FaultKind, FaultsSpec, ObjectivesSpec, RandomFaultSpec, RegionSpec, ScenarioSpec, ScheduledFaultSpec, TrafficSpec, Weekday } from './core/scenario';
export { step, systemOrder, type StepResult } from './core/step';
export type { ActiveFault, World } from './core/world';
export { FAULTS, FAULT_KINDS, faultDef } from './faults/registry';
export { MAX_SPIKE_PCT } from './faults/trafficSpike';
export { checkInvariants } from './invariants';
export { EVENT_TYPES, FAILURE_CAUSES, LEDGER_CATEGORIES } from './names';
export { DATABASE, DATABASE_SIZES, PRICES } from './prices';
export { runScenario, simulate, toRunResult, type RunResult, type Simulation, type SimulationOptions } from './replay';
export { score, type Score } from './score';
export type { LevelThing } from './core/serviceKind';
export { ESTATE_FIELDS, SERVICE_KINDS } from './services/registry';
export { summarise, type WorldSummary } from './summary';
export { allowedBadWindows } from './traffic/measureUptime';
export { slowFraction } from './traffic/queueing';
export { curveAt } from './traffic/demand';
export type { BalancerFlow, CallFlow, TrafficFlows } from './traffic/flows';
export { topologySpec, type Call, type Topology } from './traffic/topology';

export { DATABASE_SIZE_NAMES, type DatabaseSize } from './services/database/constants';
export type { Database, ReadReplica, Snapshot } from './services/database/state';
export type { DatabaseSpec } from './services/database/spec';
export type { DnsSpec } from './services/dns/spec';
export type { InstanceSpec } from './services/instance/spec';
export type { LoadBalancerSpec } from './services/loadBalancer/spec';
export type { ScalingGroupSpec } from './services/scalingGroup/spec';
export type { DatabaseState } from './services/database/machine';
export { DNS_DEFAULTS, DNS_POLICIES } from './services/dns/spec';
export type { Dns, DnsEndpoint } from './services/dns/state';
export { effectiveWeights } from './services/dns/answer';
export { DR_POSTURE_NAMES, DR_POSTURES, type DrPosture } from './services/dr/constants';
export type { DrPlan } from './services/dr/state';
export type { DrState } from './services/dr/machine';
export { PURCHASES, TENANCIES, TIMING, type Purchase, type Tenancy } from './services/instance/constants';
export { findInstance } from './services/instance/findInstance';
export { INSTANCE_TYPES, INSTANCE_TYPE_NAMES, instanceType, nextSizeUp, type InstanceTypeSpec } from './services/instance/instanceTypes';
export { INSTANCE_STATES, type InstanceState } from './services/instance/machine';
export { instanceHourlyMicros } from './services/instance/pricing';
export { databaseHourlyMicros } from './services/database/billing';
export type { Instance } from './services/instance/state';
export { isServing } from './services/instance/tags';
export { LB_HEALTH_CHECK, LB_PRICES, LB_PROVISION_TICKS } from './services/loadBalancer/constants';
export { targetHealthById, targetInstances } from './services/loadBalancer/resolveTargets';
export type { LoadBalancer, Target, TargetHealth } from './services/loadBalancer/state';
export type { Region, Subnet, Zone } from './services/places/state';
export type { RegionState, ZoneState } from './services/places/machines';
export { HEALTH_CHECK_TYPES, MAX_GROUP_SIZE, SCALING_DEFAULTS, SCALING_METRICS, type ScalingMetric } from './services/scalingGroup/constants';
export type { ScalingGroup, ScalingPolicy } from './services/scalingGroup/state';
export type { ScalingState } from './services/scalingGroup/machine';
export { SESSION_MODES, type SessionMode } from './services/sessionStore/spec';
