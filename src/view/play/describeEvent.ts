import { type SimEvent, type World } from '../../sim';
import { formatClock } from '../format';

/**
 * An event as a line of the event log: what happened, and why when the simulation says. Routine
 * bookkeeping (command.accepted, each minute's score) is left out of the log; null means "skip".
 */
export function describeEvent(e: SimEvent): string | null {
  const s = e.subject ?? '';
  const d = e.detail ?? '';
  const text = TEXT[e.type]?.(s, d, e.value);
  return text === undefined || text === null ? null : `${formatClock(e.tick)} ${text}`;
}

type Describe = (subject: string, detail: string, value: number | undefined) => string | null;

const TEXT: Partial<Record<SimEvent['type'], Describe>> = {
  'command.rejected': (_s, d) => `Refused: ${d}`,
  'fault.started': (s, d) => `Fault: ${d} on ${s}`,
  'fault.ended': (s, d) => `Fault over: ${d} on ${s}`,
  'instance.launched': (s, d) => `${s} launched (${d})`,
  'instance.started': (s) => `${s} starting`,
  'instance.running': (s) => `${s} running, application starting`,
  'instance.appReady': () => null,
  'instance.stopping': (s, d) => `${s} stopping${d ? ` (${d})` : ''}`,
  'instance.stopped': (s, d) => `${s} stopped${d ? ` (${d})` : ''}`,
  'instance.rebooting': (s) => `${s} rebooting`,
  'instance.rebooted': (s) => `${s} back from reboot`,
  'instance.shuttingDown': (s, d) => `${s} terminating${d ? ` (${d})` : ''}`,
  'instance.terminated': (s) => `${s} terminated`,
  'instance.resized': (s, d) => `${s} resized: ${d}`,
  'instance.spotInterruptionNoticed': (s) => `${s}: spot interruption notice — reclaimed in 2 minutes`,
  'target.markedUnhealthy': (s, d) => `${s} marked unhealthy by ${d}`,
  'target.markedHealthy': (s, d) => `${s} healthy in ${d}: receiving traffic`,
  'loadBalancer.created': (s, d) => `Load balancer ${s} provisioning (${d})`,
  'loadBalancer.active': (s) => `Load balancer ${s} active`,
  'zone.outageStarted': (s, d) => `AZ ${s} down: ${d}`,
  'zone.recovering': (s) => `AZ ${s} power back, recovering`,
  'zone.recovered': (s) => `AZ ${s} available`,
  'region.outageStarted': (s) => `Region ${s} down`,
  'region.recovering': (s) => `Region ${s} recovering`,
  'region.recovered': (s) => `Region ${s} available`,
  'database.primaryLost': (s, d) => `Database ${s}: primary lost in ${d}`,
  'database.failoverStarted': (s, d) => `Database ${s} failing over ${d} (60–120 s)`,
  'database.failedOver': (s, d) => `Database ${s} failed over: ${d}`,
  'database.down': (s) => `Database ${s} down: restore it, or wait for its AZ`,
  'database.restoreStarted': (s, d) => `Database ${s} restoring ${d}`,
  'database.restored': (s, d) => `Database ${s} available${d ? ` (${d})` : ''}`,
  'database.created': (s, d) => `Database ${s} created in ${d}`,
  'database.promotionStarted': (s, d) => `Database ${s}: promoting ${d}`,
  'database.promoted': (s, d) => `Database ${s} promoted: ${d}`,
  'database.replicaAdded': (s, d) => `Database ${s}: read replica ${d}`,
  'database.snapshotTaken': (s, d) => `Database ${s}: snapshot ${d}`,
  'database.multiAzEnabled': (s, d) => `Database ${s} Multi-AZ: ${d}`,
  'database.dataLost': (s, _d, v) => `Database ${s}: ${v ?? 0} s of writes lost`,
  'scalingGroup.created': (s) => `Auto Scaling group ${s} created`,
  'scalingGroup.scaledOut': (s, d, v) => `${s} scaling out to ${v ?? '?'} (${d})`,
  'scalingGroup.scaledIn': (s, d, v) => `${s} scaling in to ${v ?? '?'} (${d})`,
  'scalingGroup.replacingUnhealthy': (s, _d, v) => `${s} replacing ${v ?? 1} unhealthy instance(s)`,
  'scalingGroup.launchFailed': (s, d) => `${s} could not launch: ${d}`,
  'dns.endpointUnhealthy': (s) => `DNS health check: ${s} unhealthy`,
  'dns.endpointHealthy': (s) => `DNS health check: ${s} healthy`,
  'dns.answerChanged': (_s, d) => `DNS ${d}; clients follow as their TTL expires`,
  'sessions.lost': (s, d, v) => `${v ?? 0} user sessions lost with ${s} (${d})`,
  'sessions.modeChanged': (_s, d) => `Sessions now kept in ${d}`,
  'dr.postureSet': (s, d) => `DR posture: ${d} in ${s}`,
  'dr.failoverStarted': (s, d) => `DR failover to ${s} started (${d})`,
  'dr.stepCompleted': (_s, d) => `DR: ${d}`,
  'dr.failedOver': (s, _d, v) => `DR: serving from ${s} (took ${formatClock(v ?? 0)})`,
  'dr.failbackStarted': (s) => `DR: failing back to ${s}`,
  'dr.failedBack': (s) => `DR: back in ${s}`,
  'sla.minuteBad': (_s, _d, v) => `Bad minute: ${v ?? 0} % of requests failed or were too slow`,
  'sla.breached': () => 'SLA breached: the error budget is spent',
};

/**
 * What the screen reader hears: incidents only, in one sentence with the consequence, e.g.
 * "use1-az2 down: 4 of 6 instances lost; load balancer rerouting in about 60 s".
 */
export function narrate(e: SimEvent, world: World): string | null {
  const s = e.subject ?? '';
  switch (e.type) {
    case 'zone.outageStarted': {
      const inZone = world.instances.filter((i) => i.zoneId === s && i.state !== 'terminated').length;
      const all = world.instances.filter((i) => i.state !== 'terminated' && i.regionId === world.zones.find((z) => z.id === s)?.regionId).length;
      const lb = world.loadBalancers.find((l) => l.zoneIds.includes(s));
      const detect = lb ? lb.healthCheck.intervalTicks * lb.healthCheck.unhealthyThreshold : 0;
      return `${s} down: ${inZone} of ${all} instances lost${lb ? `; load balancer rerouting in about ${detect} s` : ''}.`;
    }
    case 'region.outageStarted':
      return `Region ${s} is down. Only another Region can serve now.`;
    case 'database.down':
      return `Database ${s} is down: requests that need it fail until it is restored or its AZ returns.`;
    case 'database.failoverStarted':
      return `Database ${s} is failing over: writes fail for one to two minutes.`;
    case 'sla.breached':
      return 'The SLA is breached: the error budget is spent.';
    case 'dr.failedOver':
      return `Disaster recovery complete: serving from ${s}.`;
    case 'instance.spotInterruptionNoticed':
      return `Spot interruption: ${s} will be reclaimed in two minutes.`;
    case 'zone.recovered':
      return `${s} is available again.`;
    default:
      return null;
  }
}
