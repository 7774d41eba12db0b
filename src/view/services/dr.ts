import { DR_POSTURES } from '../../sim';
import { formatClock } from '../format';
import type { ActionSet, ServiceView } from './serviceView';
import { numberKey } from './serviceView';

const POSTURE_NAMES = { backupRestore: 'backup & restore', pilotLight: 'pilot light', warmStandby: 'warm standby', activeActive: 'multi-site active/active' } as const;
const POSTURE_COST = {
  backupRestore: 'cheapest: only backups cross the Region; recovery takes hours',
  pilotLight: 'a live database replica; the app is deployed on the day (10s of minutes)',
  warmStandby: 'a scaled-down copy always running; recovery in minutes',
  activeActive: 'full capacity in both Regions; near-zero downtime, about twice the cost',
} as const;

/** Disaster recovery is planned and run from the primary Region. */
const regionActions: ActionSet = {
  on: 'region',
  commands: ['dr.setPosture', 'region.failOver', 'region.failBack'],
  offer(world, id) {
    const out: ReturnType<ActionSet['offer']> = [];
    const other = world.regions.find((r) => r.id !== id);
    const dr = world.dr;
    if (!dr && other) {
      DR_POSTURES.forEach((p, i) =>
        out.push({ label: `DR: ${POSTURE_NAMES[p]}`, key: numberKey(i), command: { type: 'dr.setPosture', posture: p, primaryRegionId: id, drRegionId: other.id }, consequence: POSTURE_COST[p] }),
      );
    }
    if (dr && dr.primaryRegionId === id && dr.state === 'normal') {
      out.push({ label: `Fail over to ${dr.drRegionId}`, key: 'f', command: { type: 'region.failOver', fromRegionId: id, toRegionId: dr.drRegionId }, consequence: 'runs the DR runbook: data, compute, then DNS' });
    }
    if (dr && dr.state === 'failedOver') out.push({ label: 'Fail back', key: 'g', command: { type: 'region.failBack' }, consequence: 'returns traffic and data to the primary Region' });
    return out;
  },
};

/** A second Region on standby, and the runbook that fails over to it. */
export const drView: ServiceView = {
  simKind: 'dr',
  actions: [regionActions],
  events: {
    'dr.postureSet': { log: (s, d) => `DR posture: ${d} in ${s}` },
    'dr.failoverStarted': { log: (s, d) => `DR failover to ${s} started (${d})` },
    'dr.stepCompleted': { log: (_s, d) => `DR: ${d}` },
    'dr.failedOver': {
      log: (s, _d, v) => `DR: serving from ${s} (took ${formatClock(v ?? 0)})`,
      cue: 'recovery',
      narrate: { say: (s) => `Disaster recovery complete: serving from ${s}.` },
      incident: { mitigates: (e) => `DR failover complete: serving from ${e.subject}` },
    },
    'dr.failbackStarted': { log: (s) => `DR: failing back to ${s}` },
    'dr.failedBack': { log: (s) => `DR: back in ${s}` },
  },
  compactLines: (world) => (world.dr ? [`DR: ${world.dr.posture} (${world.dr.state})`] : []),
};
