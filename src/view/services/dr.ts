import { DATABASE, DR_POSTURE_NAMES as POSTURE_NAMES, DR_POSTURES, type DrPosture, type World } from '../../sim';
import { words } from '../../shared/words';
import { formValue as v, type ActionForm } from './actionForm';
import { formatElapsed } from '../format';
import type { Action, ActionSet, ServiceView } from './serviceView';

const POSTURE_COST = {
  backupRestore: 'cheapest: only backups cross the Region; recovery takes about an hour and loses the writes since the last hourly copy',
  pilotLight: 'a live database replica; the app is deployed on the day (10s of minutes)',
  warmStandby: 'a scaled-down copy always running; recovery in minutes',
  activeActive: 'full capacity in both Regions, sharing the traffic; Route 53 health checks move it off a failed Region by themselves in a couple of minutes; the dearest, with a second full web tier',
} as const;

/**
 * Disaster recovery: set up from either Region with a form that names the primary and the DR
 * Region explicitly (selecting the DR Region must not make it the primary), then run from either:
 * "Fail over" while the primary is the one serving, "Fail back" once failed over. Active/active
 * offers no "Fail over": it fails over by itself when Route 53's health checks fail the primary.
 */
const regionActions: ActionSet = {
  on: 'region',
  commands: ['dr.setPosture', 'region.failOver', 'region.failBack'],
  offer(world, id) {
    const out: ReturnType<ActionSet['offer']> = [];
    const dr = world.dr;
    if (!dr && world.regions.length >= 2) {
      const a = postureAction(world);
      if (a) out.push(a);
    }
    if (dr && (id === dr.primaryRegionId || id === dr.drRegionId) && dr.state === 'normal') {
      const raise = raiseAction(dr.posture, dr.primaryRegionId, dr.drRegionId);
      if (raise) out.push(raise);
      if (dr.posture !== 'activeActive') out.push({ label: `Fail over to ${dr.drRegionId}`, key: 'f', command: { type: 'region.failOver', fromRegionId: dr.primaryRegionId, toRegionId: dr.drRegionId }, consequence: `runs the DR runbook from ${dr.primaryRegionId}: data, compute, then DNS` });
    }
    if (dr && dr.state === 'failedOver') out.push({ label: `Fail back to ${dr.primaryRegionId}`, key: 'g', command: { type: 'region.failBack' }, consequence: 'returns traffic and data to the primary Region' });
    return out;
  },
};

/** "Raise DR posture…": a readier posture between the same Regions (lowering one is not modelled). */
function raiseAction(current: DrPosture, primaryRegionId: string, drRegionId: string): Action | null {
  const higher = DR_POSTURES.slice(DR_POSTURES.indexOf(current) + 1);
  if (higher.length === 0) return null;
  const form: ActionForm = {
    title: 'Raise the DR posture',
    intro: `Now ${POSTURE_NAMES[current]} from ${primaryRegionId} to ${drRegionId}. What the readier posture keeps standing is built now; what is there already stays.`,
    submit: 'Raise posture',
    fields: [{ kind: 'choice', name: 'posture', label: 'Posture', options: higher.map((p) => ({ value: p, label: POSTURE_NAMES[p] })), value: higher[0]! }],
    build: (values) => ({ type: 'dr.setPosture', posture: v.text(values, 'posture') as DrPosture, primaryRegionId, drRegionId }),
    consequence: (values) => `${POSTURE_NAMES[v.text(values, 'posture') as DrPosture]}: ${POSTURE_COST[v.text(values, 'posture') as DrPosture]}.`,
  };
  return { label: 'Raise DR posture…', key: 'd', command: form.build({ posture: higher[0]! }), consequence: `now ${POSTURE_NAMES[current]}; a readier posture costs more`, form };
}

/** The Region serving now: where DNS's primary endpoint points, else the one with the most instances. */
function servingRegion(world: World): string {
  const primary = world.dns.endpoints.find((e) => e.role === 'primary') ?? world.dns.endpoints[0];
  if (primary) return primary.regionId;
  const count = (r: string) => world.instances.filter((i) => world.zones.find((z) => z.id === i.zoneId)?.regionId === r).length;
  return [...world.regions].sort((a, b) => count(b.id) - count(a.id))[0]!.id;
}

function postureAction(world: World): Action | null {
  const regions = world.regions.map((r) => ({ value: r.id, label: r.id }));
  const primary = servingRegion(world);
  const other = world.regions.find((r) => r.id !== primary);
  if (!other) return null;
  const form: ActionForm = {
    title: 'Set up Disaster Recovery',
    intro: `A second Region to fail over to when the primary Region goes down. The posture is how much of the estate waits there, ready. Copying the data there takes ${DATABASE.crossRegionReplicaCreateTicks / 60} minutes: until then there is nothing to fail over to.`,
    submit: 'Set up DR',
    fields: [
      { kind: 'choice', name: 'primary', label: 'Primary Region (serving now)', options: regions, value: primary },
      { kind: 'choice', name: 'dr', label: 'DR Region (fail over to)', options: regions, value: other.id },
      { kind: 'choice', name: 'posture', label: 'Posture', options: DR_POSTURES.map((p) => ({ value: p, label: POSTURE_NAMES[p] })), value: DR_POSTURES[0] },
    ],
    build: (values) => ({ type: 'dr.setPosture', posture: v.text(values, 'posture') as DrPosture, primaryRegionId: v.text(values, 'primary'), drRegionId: v.text(values, 'dr') }),
    consequence: (values) => `${POSTURE_NAMES[v.text(values, 'posture') as DrPosture]}: ${POSTURE_COST[v.text(values, 'posture') as DrPosture]}.`,
  };
  const defaults = Object.fromEntries(form.fields.map((f) => [f.name, f.kind === 'multi' ? f.values : f.value]));
  return { label: 'Set up Disaster Recovery…', key: 'd', command: form.build(defaults), consequence: `a posture in ${other.id} for when ${primary} goes down`, form };
}

/** An event's posture (its detail) as players read it. */
const postureName = (posture: string): string => POSTURE_NAMES[posture as DrPosture] ?? words(posture);

/** A second Region on standby, and the runbook that fails over to it. */
export const drView: ServiceView = {
  simKind: 'dr',
  actions: [regionActions],
  events: {
    'dr.postureSet': { log: (s, d) => `DR posture: ${postureName(d)} in ${s}` },
    'dr.failoverStarted': { log: (s, d) => (d === 'activeActive' ? `DR: Route 53 health checks failed the primary Region; ${s} takes over by itself (${postureName(d)})` : `DR failover to ${s} started (${postureName(d)})`) },
    'dr.stepCompleted': { log: (_s, d) => `DR: ${d}` },
    'dr.failedOver': {
      log: (s, _d, v) => `DR: serving from ${s} (took ${formatElapsed(v ?? 0)})`,
      cue: 'recovery',
      narrate: { say: (s) => `Disaster recovery complete: serving from ${s}.` },
      incident: { mitigates: (e) => `DR failover complete: serving from ${e.subject}` },
    },
    'dr.failbackStarted': { log: (s) => `DR: failing back to ${s}` },
    'dr.failedBack': { log: (s) => `DR: back in ${s}` },
  },
  compactLines: (world) => (world.dr ? [`DR: ${POSTURE_NAMES[world.dr.posture]} (${words(world.dr.state)})`] : []),
};
