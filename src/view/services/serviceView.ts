import type { Command, CommandType, FailureCause, LedgerCategory, SimEvent, SimEventType, World } from '../../sim';
import type { Cue } from '../../presentation/cues';
import type { BlastMark } from '../board/model/blastMark';
import type { ActionForm } from './actionForm';
import type { EntityView } from './entityView';
import type { FaultView } from './faultView';

/**
 * Everything the view knows about one service kind, in one record (src/view/services/<kind>), the
 * twin of the simulation's ServiceKind. The registry lists them; the estate list, the context
 * panel, the event log, the HUD's alarms, the board's hit test and tooltips, the teacher's fault
 * keys, the debrief and the sound board's cue table iterate it instead of naming kinds.
 */
export interface ServiceView {
  /** The simulation kind it presents (SERVICE_KINDS[].name), or 'core' for the engine's own events. */
  readonly simKind: string;
  /** The things of this kind a player can select. */
  readonly entities?: readonly EntityView[];
  /** What a player can do to a selection: on its own entities, or on another kind's (DR on a Region). */
  readonly actions?: readonly ActionSet[];
  /** Each of its events as the log, the screen reader, the speakers and the debrief tell it. */
  readonly events: Readonly<Partial<Record<SimEventType, EventView>>>;
  /** The teacher's fault keys for its fault kinds. */
  readonly faults?: readonly FaultView[];
  /** Its failure causes in plain words (the debrief's "why requests failed"). */
  readonly causes?: Readonly<Partial<Record<FailureCause, { name: string; why: string }>>>;
  /** Its ledger categories as the debrief's bill names them. */
  readonly ledger?: Readonly<Partial<Record<LedgerCategory, string>>>;
  /** CloudWatch-style alarms its state raises now (the HUD). */
  readonly alarms?: (world: World) => string[];
  /** Its lines in the presenter's compact estate summary. */
  readonly compactLines?: (world: World) => string[];
  /** The blast radius of its failures right now (the board's fault layer). */
  readonly blast?: (world: World) => BlastMark[];
}

/** An event as a line of the log after the clock, from its subject, detail and value. */
export type Describe = (subject: string, detail: string, value: number | undefined) => string;

/** Left out of the event log on purpose (routine bookkeeping, or told by another event). */
export const SILENT = 'silent';

export interface EventView {
  readonly log: Describe | typeof SILENT;
  /** Bad news: the log colours it (styles.css, data-tone="bad"). */
  readonly bad?: boolean;
  /**
   * What the screen reader hears, for incidents only; urgent ones interrupt. The line also shows in
   * the page header, so `holds` says while it is still true (the AZ still down, the instance still
   * there): once false the line is taken down, never left to describe something gone or back.
   */
  readonly narrate?: { say(subject: string, world: World): string; urgent?: boolean; holds?(subject: string, world: World): boolean };
  readonly cue?: Cue;
  /** An alarm the HUD shows for five minutes after the event. */
  readonly alarm?: (e: SimEvent) => string;
  /**
   * Its part in the debrief's incident timeline: it starts an incident (with this title), shows the
   * estate noticed, or did something about it, or its value is the seconds of writes lost (the RPO).
   */
  readonly incident?: { starts: string } | { detects(e: SimEvent): string } | { mitigates(e: SimEvent): string } | { dataLost: true };
}

/** What a player can do to a selection of kind `on`. */
export interface ActionSet {
  readonly on: string;
  /** Every command type `offer` may send (tests/unit/serviceViews.test.ts checks each is offered somewhere). */
  readonly commands: readonly CommandType[];
  /** The actions for the selected entity `id` now, in the order they are shown. */
  offer(world: World, id: string): Action[];
}

/** One thing the player can do to the selection, with its price and consequence shown before committing. */
export interface Action {
  label: string;
  /** Single-key shortcut shown on the button. */
  key: string;
  command: Command;
  /** "stops the instance for about a minute, +$0.10/h" */
  consequence: string;
  /** Irreversible: ask first. */
  confirm?: string;
  /** Choices to make first (the label ends with "…"); `command` is what the defaults build. */
  form?: ActionForm;
}

const NUMBER_KEYS = '123456789';

/** The shortcut of the `i`-th of a list of choices (launch types, resizes, DR postures): 1 … 9. */
export const numberKey = (i: number): string => NUMBER_KEYS[i] ?? '';
