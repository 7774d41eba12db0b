import type { SimEventType } from '../services/registry';

export type { SimEventType };

/**
 * What the simulation tells its clients (view, audio, recorder, tests). Events are `noun.pastTense`;
 * each kind lists its own (services/registry.ts gathers them). Plain data: the event log is hashed
 * together with the final World.
 */
export interface SimEvent {
  tick: number;
  type: SimEventType;
  /** The entity it is about (instance, zone, region, database … id), when there is one. */
  subject?: string;
  /** A short human reason ("health check failed 2 times", "InsufficientInstanceCapacity"). */
  detail?: string;
  value?: number;
}

/** Collects the events of one step. */
export type EventSink = SimEvent[];

/** The events the engine itself emits, beside the kinds' own. */
export const CORE_EVENTS = ['command.accepted', 'command.rejected', 'fault.started', 'fault.ended', 'sla.minuteBad', 'sla.breached'] as const;
