/**
 * What the simulation tells its clients (view, audio, recorder, tests). Events are `noun.pastTense`.
 * Plain data: the event log is hashed together with the final World.
 */
export const EVENT_TYPES = [
  'command.accepted',
  'command.rejected',
  'fault.started',
  'fault.ended',
  'instance.launched',
  'instance.started',
  'instance.running',
  'instance.appReady',
  'instance.stopping',
  'instance.stopped',
  'instance.rebooting',
  'instance.rebooted',
  'instance.shuttingDown',
  'instance.terminated',
  'instance.resized',
  'instance.spotInterruptionNoticed',
  'target.registered',
  'target.deregistered',
  'target.markedHealthy',
  'target.markedUnhealthy',
  'loadBalancer.created',
  'loadBalancer.active',
  'zone.outageStarted',
  'zone.recovering',
  'zone.recovered',
  'region.outageStarted',
  'region.recovering',
  'region.recovered',
  'database.primaryLost',
  'database.failoverStarted',
  'database.failedOver',
  'database.down',
  'database.restoreStarted',
  'database.restored',
  'database.promotionStarted',
  'database.promoted',
  'database.replicaAdded',
  'database.snapshotTaken',
  'database.multiAzEnabled',
  'database.created',
  'database.dataLost',
  'scalingGroup.created',
  'scalingGroup.scaledOut',
  'scalingGroup.scaledIn',
  'scalingGroup.replacingUnhealthy',
  'scalingGroup.launchFailed',
  'scalingGroup.cooledDown',
  'dns.endpointUnhealthy',
  'dns.endpointHealthy',
  'dns.answerChanged',
  'sessions.lost',
  'sessions.modeChanged',
  'dr.postureSet',
  'dr.failoverStarted',
  'dr.stepCompleted',
  'dr.failedOver',
  'dr.failbackStarted',
  'dr.failedBack',
  'sla.minuteBad',
  'sla.breached',
] as const;
export type SimEventType = (typeof EVENT_TYPES)[number];

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
