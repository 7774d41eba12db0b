import type { FailureCause, LedgerCategory, SimEventType } from '../../sim';
import type { EventCues } from '../../presentation/cues';
import { coreView } from './core';
import { databaseView } from './database';
import { dnsView } from './dns';
import { drView } from './dr';
import type { EntityView } from './entityView';
import type { FaultView } from './faultView';
import { instanceView } from './instance';
import { loadBalancerView } from './loadBalancer';
import { regionView } from './places/region';
import { zoneView } from './places/zone';
import { queueView } from './queue';
import { scalingGroupView } from './scalingGroup';
import type { ActionSet, EventView, ServiceView } from './serviceView';
import { sessionStoreView } from './sessionStore';

/**
 * Every service kind's view, and the engine's own. Adding a kind to the game is its folder under
 * src/sim/services, one file here and a line in this list. The order is the order players see
 * things in: the teacher's fault keys (AZ, instance, Region, database, then the spike), the rows
 * under a Region (load balancers, Auto Scaling groups, databases), the presenter's compact estate
 * and the HUD's alarms. The simulation's `places` kind is two views here, AZs and Regions, so its
 * fault keys can sit either side of the instance's.
 */
export const SERVICE_VIEWS: readonly ServiceView[] = [zoneView, instanceView, regionView, loadBalancerView, scalingGroupView, databaseView, queueView, dnsView, sessionStoreView, drView, coreView];

/** The things a player can select, by kind. */
export const ENTITY_VIEWS: readonly EntityView[] = SERVICE_VIEWS.flatMap((v) => v.entities ?? []);
const ENTITY_BY_KIND = new Map(ENTITY_VIEWS.map((e) => [e.kind, e]));
export const entityView = (kind: string): EntityView | undefined => ENTITY_BY_KIND.get(kind);

/** What a player can do, by the kind of selection it is offered on (in registry order). */
export const ACTION_SETS: readonly ActionSet[] = SERVICE_VIEWS.flatMap((v) => v.actions ?? []);

const EVENTS = new Map<string, EventView>(SERVICE_VIEWS.flatMap((v) => Object.entries(v.events) as [string, EventView][]));
/** How the log, screen reader, speakers and debrief tell an event (undefined for a type no view knows). */
export const eventView = (type: SimEventType): EventView | undefined => EVENTS.get(type);

/** The sound board's table: which event sounds which cue. */
export const EVENT_CUES: EventCues = Object.fromEntries([...EVENTS].flatMap(([type, v]) => (v.cue ? [[type, v.cue]] : [])));

/** The teacher's fault keys, in the order the panel and the legend show them. */
export const FAULT_VIEWS: readonly FaultView[] = SERVICE_VIEWS.flatMap((v) => v.faults ?? []);
const FAULT_BY_KIND = new Map(FAULT_VIEWS.map((f) => [f.kind, f]));
export const faultView = (kind: string): FaultView | undefined => FAULT_BY_KIND.get(kind);

/** Failure causes in plain words, and ledger categories as the bill names them. */
export const CAUSE_WORDS: Readonly<Partial<Record<FailureCause, { name: string; why: string }>>> = Object.assign({}, ...SERVICE_VIEWS.map((v) => v.causes ?? {}));
export const LEDGER_NAMES: Readonly<Partial<Record<LedgerCategory, string>>> = Object.assign({}, ...SERVICE_VIEWS.map((v) => v.ledger ?? {}));
