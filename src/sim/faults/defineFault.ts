import type { Result } from '../../shared/result';
import type { EventSink } from '../core/events';
import type { World } from '../core/world';

/** What a fault is asked to do: from a level's schedule, a seeded random rule, or a teacher's hotkey. */
export interface FaultRequest {
  kind: string;
  targetId?: string | undefined;
  durationSeconds?: number | undefined;
  spikePct?: number | undefined;
}

/** A candidate for a random fault: an entity with an id and a lifecycle state. */
export interface FaultCandidate {
  readonly id: string;
  readonly state: string;
}

/**
 * One fault kind, shaped like an AWS Fault Injection Service action, owned by the kind it reaches
 * (`instance.terminate` by the instance kind, `zone.powerInterruption` by places …).
 */
export interface FaultDef<K extends string = string, C extends FaultCandidate = FaultCandidate, T = unknown> {
  readonly kind: K;
  /** One line for the docs, the level schema and the teacher's fault buttons. */
  readonly summary: string;
  /** What `target` names: an instance, zone, Region or database id, or nothing. */
  readonly targets: 'instance' | 'zone' | 'region' | 'database' | 'none';
  /** Seconds it lasts when the level does not say; 0 = an instant action (nothing to end). */
  readonly defaultDurationSeconds: number;
  /** An instant fault kind that may still be given a duration (instance.stop: restart after it). */
  readonly durationOptional?: boolean;
  /** Whether it can start now (its target exists and fits), and what it acts on. */
  readonly check: (world: World, req: FaultRequest) => Result<T>;
  /** Starts it (after `check` said yes); what it stopped goes into `affected` (restarted when it ends). */
  readonly start: (world: World, target: T, req: FaultRequest, affected: string[], events: EventSink) => void;
  /** Ends it (a fault with a duration), when no other fault of its kind holds the same target. */
  readonly end?: (world: World, targetId: string, events: EventSink) => void;
  /** What a random rule of this kind picks among (in id order), and which of them it may hit. */
  readonly pool: (world: World) => readonly C[];
  readonly eligible: (candidate: C) => boolean;
}

export const defineFault = <const K extends string, C extends FaultCandidate, T>(def: FaultDef<K, C, T>): FaultDef<K, C, T> => def;

/** A fault list of any kinds (the registry's view of them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFaultDef = FaultDef<string, any, any>;
