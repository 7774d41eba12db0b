import type { Infer, ObjectSchema } from '../../shared/schema/dsl';
import type { CommandsOf } from '../commands/defineCommand';
import type { ServiceKind } from '../core/serviceKind';
import type { injectFaultCommand } from '../faults/injectCommand';
import type { databaseCommands } from './database/commands';
import type { setWeightsCommand } from './dns/commands';
import type { failBackRegionCommand, failOverRegionCommand, setPostureCommand } from './dr';
import type { instanceCommands } from './instance/commands';
import type { loadBalancerCommands } from './loadBalancer/commands';
import type { scalingGroupCommands } from './scalingGroup/commands';
import type { setSessionModeCommand } from './sessionStore';
import type { queueCommands } from './queue/commands';
import { databaseKind } from './database';
import type { DATABASE_CAUSES, DATABASE_EVENTS, DATABASE_LEDGER } from './database/names';
import { databaseEstate } from './database/spec';
import type { DatabaseSlice } from './database/state';
import { dnsKind } from './dns';
import type { DNS_EVENTS } from './dns/names';
import { dnsEstate } from './dns/spec';
import type { DnsSlice } from './dns/state';
import { drKind } from './dr';
import type { DR_EVENTS } from './dr/names';
import { drEstate } from './dr/spec';
import type { DrSlice } from './dr/state';
import { instanceKind } from './instance';
import type { INSTANCE_CAUSES, INSTANCE_EVENTS, INSTANCE_LEDGER } from './instance/names';
import { instanceEstate } from './instance/spec';
import type { InstanceSlice } from './instance/state';
import { loadBalancerKind } from './loadBalancer';
import type { LOAD_BALANCER_CAUSES, LOAD_BALANCER_EVENTS, LOAD_BALANCER_LEDGER } from './loadBalancer/names';
import { loadBalancerEstate } from './loadBalancer/spec';
import type { LoadBalancerSlice } from './loadBalancer/state';
import { placesKind } from './places';
import type { PLACES_EVENTS } from './places/names';
import type { PlacesSlice } from './places/state';
import { scalingGroupKind } from './scalingGroup';
import type { SCALING_GROUP_EVENTS } from './scalingGroup/names';
import { scalingGroupEstate } from './scalingGroup/spec';
import type { ScalingGroupSlice } from './scalingGroup/state';
import { sessionStoreKind } from './sessionStore';
import type { SESSION_CAUSES, SESSION_EVENTS, SESSION_LEDGER } from './sessionStore/names';
import { sessionEstate } from './sessionStore/spec';
import type { SessionSlice } from './sessionStore/state';
import { queueKind } from './queue';
import type { QUEUE_CAUSES, QUEUE_EVENTS, QUEUE_LEDGER } from './queue/names';
import { queueEstate } from './queue/spec';
import type { QueueSlice } from './queue/state';
import type { CORE_EVENTS } from '../core/events';
import type { CORE_CAUSES, CORE_LEDGER } from '../traffic/names';

/**
 * The service kinds, in the order world creation builds them and each phase of a tick runs them
 * (a kind may rely on what kinds before it built). Adding a kind is a folder under services/ and a
 * line in each list below.
 */
export const SERVICE_KINDS: readonly ServiceKind[] = [placesKind, instanceKind, loadBalancerKind, scalingGroupKind, databaseKind, queueKind, dnsKind, sessionStoreKind, drKind];

/** The World's service part: each kind's slice. */
export interface ServiceState extends PlacesSlice, InstanceSlice, LoadBalancerSlice, ScalingGroupSlice, DatabaseSlice, QueueSlice, DnsSlice, SessionSlice, DrSlice {}

/** The level file's `estate`: each kind's fields (the one level schema assembles its estate from these). */
export const ESTATE_FIELDS = { ...instanceEstate, ...loadBalancerEstate, ...scalingGroupEstate, ...databaseEstate, ...queueEstate, ...dnsEstate, ...sessionEstate, ...drEstate } as const;
export type EstateSpec = Infer<ObjectSchema<typeof ESTATE_FIELDS>>;

type Names<T extends readonly string[]> = T[number];
export type SimEventType =
  | Names<typeof CORE_EVENTS>
  | Names<typeof PLACES_EVENTS>
  | Names<typeof LOAD_BALANCER_EVENTS>
  | Names<typeof INSTANCE_EVENTS>
  | Names<typeof SCALING_GROUP_EVENTS>
  | Names<typeof DATABASE_EVENTS>
  | Names<typeof QUEUE_EVENTS>
  | Names<typeof DNS_EVENTS>
  | Names<typeof SESSION_EVENTS>
  | Names<typeof DR_EVENTS>;
export type LedgerCategory = Names<typeof CORE_LEDGER> | Names<typeof LOAD_BALANCER_LEDGER> | Names<typeof INSTANCE_LEDGER> | Names<typeof DATABASE_LEDGER> | Names<typeof QUEUE_LEDGER> | Names<typeof SESSION_LEDGER>;
export type FailureCause = Names<typeof CORE_CAUSES> | Names<typeof LOAD_BALANCER_CAUSES> | Names<typeof INSTANCE_CAUSES> | Names<typeof DATABASE_CAUSES> | Names<typeof QUEUE_CAUSES> | Names<typeof SESSION_CAUSES>;

/** Every command a player, teacher, bot or replay can send: the union the command definitions describe. */
export type Command = CommandsOf<
  [
    ...typeof instanceCommands,
    ...typeof loadBalancerCommands,
    ...typeof scalingGroupCommands,
    ...typeof databaseCommands,
    ...typeof queueCommands,
    typeof setWeightsCommand,
    typeof setSessionModeCommand,
    typeof setPostureCommand,
    typeof failOverRegionCommand,
    typeof failBackRegionCommand,
    typeof injectFaultCommand,
  ]
>;
export type CommandTypeUnion = Command['type'];
