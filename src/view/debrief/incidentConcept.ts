import type { SimEvent } from '../../sim';
import { faultView } from '../services/registry';
import { formatDuration } from './formatDuration';

/**
 * Which idea an incident showed, read from what the estate did (never from the level file):
 * - highAvailability: recovered fast and automatically (an Auto Scaling group's replacement, a
 *   Multi-AZ database failover, DNS health checks moving traffic), a short dip allowed;
 * - faultTolerance: a fault took something away and no minute went bad;
 * - disasterRecovery: service came back in another Region;
 * - scaling: a surge of load ridden through, or an Auto Scaling group adding capacity for it;
 * - byHand: the player's own commands brought service back;
 * - unprotected: nothing brought it back before the fault ended, or at all.
 */
export type ConceptKind = 'highAvailability' | 'faultTolerance' | 'disasterRecovery' | 'scaling' | 'byHand' | 'unprotected';

export interface ConceptShown {
  kind: ConceptKind;
  /** One clause in plain words: "High Availability: replaced by the Auto Scaling group in 1 min 10 s". */
  says: string;
}

/** The part of an incident the concept is read from. */
export interface IncidentFacts {
  startTick: number;
  endTick: number;
  outcome: 'rodeThrough' | 'recovered' | 'notRecovered';
  recovered: { tick: number } | null;
  faults: readonly { kind: string }[];
}

const after = (from: number, tick: number) => formatDuration(tick - from);

/**
 * The concepts one incident showed, most important first (several can hold at once: a fleet that
 * rode through an AZ outage on spare capacity, then had its group replace the lost servers).
 * `events` are the run's events from the incident's start up to (not including) the next incident's.
 */
export function conceptsOf(inc: IncidentFacts, events: readonly SimEvent[]): ConceptShown[] {
  const start = inc.startTick;
  const surge = inc.faults.length > 0 && inc.faults.every((f) => faultView(f.kind)?.surge);
  const regionLost = inc.faults.some((f) => f.kind === 'region.outage') || events.some((e) => e.tick === start && e.type === 'region.outageStarted');
  // Who launched each instance: the player's command (its command.accepted follows the launch in the
  // same tick), else a group, replacing or scaling out as it last said it would.
  const launchedBy = new Map<string, 'replaced' | 'scaledOut' | 'player'>();
  let groupAct: 'replaced' | 'scaledOut' = 'replaced';
  const healthy = new Map<'replaced' | 'scaledOut' | 'player', number>();
  let drFailover: SimEvent | undefined;
  let dbFailover: SimEvent | undefined;
  let dnsMoved: SimEvent | undefined;
  let byHand: SimEvent | undefined;
  let routedAround: SimEvent | undefined;
  let commands = 0;
  const untilTick = inc.recovered?.tick ?? Number.POSITIVE_INFINITY;
  for (const e of events) {
    if (e.type === 'scalingGroup.replacingUnhealthy') groupAct = 'replaced';
    else if (e.type === 'scalingGroup.scaledOut') groupAct = 'scaledOut';
    else if (e.type === 'instance.launched' && e.subject) launchedBy.set(e.subject, groupAct);
    else if (e.type === 'command.accepted') {
      if (e.tick <= untilTick) commands++;
      if (e.detail === 'instance.launch' && e.subject) launchedBy.set(e.subject, 'player');
      if ((e.detail === 'database.restore' || e.detail === 'database.promoteReplica') && !byHand) byHand = e;
    } else if (e.type === 'target.markedHealthy' && e.subject) {
      const by = launchedBy.get(e.subject);
      if (by && !healthy.has(by)) healthy.set(by, e.tick);
    } else if (e.type === 'dr.failedOver' && !drFailover) drFailover = e;
    else if (e.type === 'database.failedOver' && !dbFailover) dbFailover = e;
    else if (e.type === 'dns.answerChanged' && !dnsMoved) dnsMoved = e;
    else if ((e.type === 'target.markedUnhealthy' || e.type === 'target.deregistered') && !routedAround) routedAround = e;
  }

  if (drFailover) return [{ kind: 'disasterRecovery', says: `Disaster Recovery: failed over to ${drFailover.subject ?? 'another Region'} in ${after(start, drFailover.tick)}` }];
  if (regionLost && dnsMoved) return [{ kind: 'disasterRecovery', says: `Disaster Recovery: DNS health checks moved traffic to another Region in ${after(start, dnsMoved.tick)}` }];

  // No bad minute of its own, but the minute it began was already bad (an earlier incident still
  // open): there was no service left to keep up, which is not Fault Tolerance.
  if (inc.outcome === 'rodeThrough' && events.some((e) => e.type === 'sla.minuteBad' && e.tick < start + 60)) return [{ kind: 'unprotected', says: 'No protection: the service was already down when it began' }];

  const shown: ConceptShown[] = [];
  const rode = inc.outcome === 'rodeThrough';
  if (rode && surge) shown.push({ kind: 'scaling', says: healthy.has('scaledOut') ? `Scaling: the Auto Scaling group added capacity, serving in ${after(start, healthy.get('scaledOut')!)}; no bad minute` : 'Rode through on headroom: no bad minute' });
  else if (rode) shown.push({ kind: 'faultTolerance', says: 'Fault Tolerance: rode through on capacity already running; no bad minute' });
  if (dbFailover) shown.push({ kind: 'highAvailability', says: `High Availability: the Multi-AZ standby database took over in ${after(start, dbFailover.tick)}` });
  if (healthy.has('replaced')) shown.push({ kind: 'highAvailability', says: `High Availability: replaced by the Auto Scaling group in ${after(start, healthy.get('replaced')!)}` });
  if (!rode && healthy.has('scaledOut')) shown.push({ kind: 'scaling', says: `Scaling: the Auto Scaling group added capacity, serving in ${after(start, healthy.get('scaledOut')!)}` });
  if (dnsMoved && !rode) shown.push({ kind: 'highAvailability', says: `High Availability: DNS health checks moved traffic in ${after(start, dnsMoved.tick)}` });
  if (healthy.has('player')) shown.push({ kind: 'byHand', says: `By hand: your replacement server was serving ${after(start, healthy.get('player')!)} after the fault` });
  else if (byHand) shown.push({ kind: 'byHand', says: `By hand: your ${byHand.detail === 'database.restore' ? 'restore' : 'promotion'} started ${after(start, byHand.tick)} after the fault` });
  if (shown.length > 0) return shown;

  const over = inc.faults.map((f) => faultView(f.kind)?.over).find((w) => w !== undefined) ?? 'the fault ended';
  if (inc.outcome === 'notRecovered') return [{ kind: 'unprotected', says: 'No protection: not recovered by the end of the run' }];
  if (inc.recovered && inc.recovered.tick >= inc.endTick && inc.endTick > start) return [{ kind: 'unprotected', says: `No protection: down until ${over}` }];
  if (commands > 0 && inc.recovered) return [{ kind: 'byHand', says: `By hand: your commands brought service back in ${after(start, inc.recovered.tick)}` }];
  if (routedAround && inc.recovered) return [{ kind: 'highAvailability', says: `High Availability: the load balancer's health checks routed around the loss; back in ${after(start, inc.recovered.tick)}` }];
  return [{ kind: 'unprotected', says: `No protection: service came back on its own in ${after(start, inc.recovered?.tick ?? start)}` }];
}
