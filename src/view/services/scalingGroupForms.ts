import { HEALTH_CHECK_TYPES, instanceHourlyMicros, instanceType, MAX_GROUP_SIZE, PURCHASES, TIMING, type Command, type Purchase, type ScalingGroup, type World } from '../../sim';
import { formatAt, formatPerHour as perHour, levelClock } from '../format';
import { formValue as v, type ActionForm, type FormValues } from './actionForm';
import { PURCHASE_WORDS } from './instance/launchForm';
import type { Action, ActionSet } from './serviceView';


/** The types a group may launch: the level's list, else the types already running here, else a small ladder. */
function groupTypes(world: World, regionId: string): string[] {
  const allowed = world.scenario.allowedInstanceTypes;
  if (allowed && allowed.length > 0) return [...allowed];
  const zones = new Set(world.zones.filter((z) => z.regionId === regionId).map((z) => z.id));
  const here = [...new Set(world.instances.filter((i) => zones.has(i.zoneId)).map((i) => i.type))];
  return [...new Set([...here, 't3.small', 'm5.large', 'm5.xlarge'])];
}

/**
 * "Create Auto Scaling group…" on a Region, with the choices AWS asks for: AZs, instance type,
 * purchase option, min/desired/max, the load balancer its instances join, and the health-check
 * type. The defaults size the group like the fleet already there (its type, its count) and spread
 * it over every AZ of the Region, as AWS recommends; the player can narrow any of it.
 */
export function createGroupAction(world: World, regionId: string): Action | null {
  const region = world.regions.find((r) => r.id === regionId);
  if (!region) return null;
  const zones = new Set(region.zoneIds);
  const alive = world.instances.filter((i) => zones.has(i.zoneId) && i.state !== 'terminated' && i.state !== 'shuttingDown' && i.scalingGroupId === null);
  const types = groupTypes(world, region.id);
  const commonType = mostCommon(alive.map((i) => i.type)) ?? types[0]!;
  const lbs = world.loadBalancers.filter((l) => l.regionId === region.id);
  const desired = Math.max(1, Math.min(alive.length, MAX_GROUP_SIZE));
  const form: ActionForm = {
    title: `New Auto Scaling group in ${region.id}`,
    intro: 'It keeps the desired number of instances running across its AZs, and replaces any that fail its health checks.',
    submit: 'Create group',
    fields: [
      { kind: 'multi', name: 'zones', label: 'Availability Zones', options: region.zoneIds.map((z) => ({ value: z, label: z })), values: region.zoneIds, hint: 'Spread across two or more: one AZ going dark then takes only its share.' },
      { kind: 'choice', name: 'type', label: 'Instance type', options: types.map((t) => ({ value: t, label: typeLabel(t) })), value: types.includes(commonType) ? commonType : types[0]! },
      { kind: 'choice', name: 'purchase', label: 'Purchase option', options: PURCHASES.map((p) => ({ value: p, label: PURCHASE_WORDS[p] })), value: 'onDemand' },
      { kind: 'number', name: 'min', label: 'Minimum', min: 0, max: MAX_GROUP_SIZE, value: desired },
      { kind: 'number', name: 'desired', label: 'Desired', min: 0, max: MAX_GROUP_SIZE, value: desired },
      { kind: 'number', name: 'max', label: 'Maximum', min: 0, max: MAX_GROUP_SIZE, value: Math.min(MAX_GROUP_SIZE, desired * 2) },
      { kind: 'choice', name: 'loadBalancer', label: 'Load balancer', options: [...lbs.map((l) => ({ value: l.id, label: l.id })), { value: '', label: 'none' }], value: lbs[0]?.id ?? '' },
      {
        kind: 'choice',
        name: 'healthCheck',
        label: 'Health checks',
        options: HEALTH_CHECK_TYPES.map((t) => ({ value: t, label: t === 'elb' ? 'ELB: also replace instances the load balancer marks unhealthy' : 'EC2: replace only instances that stop running' })),
        value: lbs.length > 0 ? 'elb' : 'ec2',
      },
    ],
    build: (values) => createCommand(region.id, values),
    consequence(values) {
      const rate = instanceHourlyMicros({ type: v.text(values, 'type'), purchase: v.text(values, 'purchase') as Purchase });
      const n = v.number(values, 'desired');
      return `${n} × ${v.text(values, 'type')} launch now and serve in about ${TIMING.bootTicks + TIMING.appStartTicks} s: ${perHour(rate * n)} while ${n} run.`;
    },
  };
  return { label: 'Create Auto Scaling group…', key: 'a', command: form.build(defaultsFor(form)), consequence: 'choose AZs, type and size; it replaces failed instances by itself', form };
}

function createCommand(regionId: string, values: FormValues): Command {
  const lb = v.text(values, 'loadBalancer');
  return {
    type: 'scalingGroup.create',
    regionId,
    zoneIds: v.list(values, 'zones'),
    instanceType: v.text(values, 'type'),
    purchase: v.text(values, 'purchase') as Purchase,
    min: v.number(values, 'min'),
    desired: v.number(values, 'desired'),
    max: v.number(values, 'max'),
    ...(lb ? { loadBalancerId: lb } : {}),
    healthCheckType: v.text(values, 'healthCheck') as (typeof HEALTH_CHECK_TYPES)[number],
  };
}

/**
 * "Schedule a change…" on a group: new min, desired and max from a time later in the run (a
 * scheduled action, for demand the player knows is coming).
 */
export function scheduleAction(world: World, g: ScalingGroup): Action {
  const left = Math.max(1, Math.floor((world.durationTicks - world.tick - 1) / 60));
  const form: ActionForm = {
    title: `Schedule a change to ${g.id}`,
    intro: 'A scheduled action sets the group\'s sizes at a time you choose, before the demand you expect arrives.',
    submit: 'Schedule',
    fields: [
      { kind: 'number', name: 'inMinutes', label: 'In', min: 1, max: left, value: Math.min(60, left), unit: 'minutes from now' },
      { kind: 'number', name: 'min', label: 'Minimum', min: 0, max: MAX_GROUP_SIZE, value: g.min },
      { kind: 'number', name: 'desired', label: 'Desired', min: 0, max: MAX_GROUP_SIZE, value: Math.min(g.max, g.desired * 2) },
      { kind: 'number', name: 'max', label: 'Maximum', min: 0, max: MAX_GROUP_SIZE, value: Math.max(g.max, g.desired * 2) },
    ],
    build: (values) => ({
      type: 'scalingGroup.schedule',
      scalingGroupId: g.id,
      atSeconds: world.tick + v.number(values, 'inMinutes') * 60,
      min: v.number(values, 'min'),
      desired: v.number(values, 'desired'),
      max: v.number(values, 'max'),
    }),
    consequence: (values) => `At ${formatAt(levelClock(world.scenario), world.tick + v.number(values, 'inMinutes') * 60)}: desired ${v.number(values, 'desired')} (min ${v.number(values, 'min')}, max ${v.number(values, 'max')}).`,
  };
  return { label: 'Schedule a change…', key: 'c', command: form.build(defaultsFor(form)), consequence: 'set its sizes ahead of demand you expect', form };
}

/** "Set capacity…" on a group: its minimum, desired and maximum now (AWS's "Edit group size"). */
export function capacityAction(g: ScalingGroup): Action {
  const rate = instanceHourlyMicros({ type: g.type, purchase: g.purchase });
  const form: ActionForm = {
    title: `Group size of ${g.id}`,
    intro: 'The group launches or terminates instances until it runs the desired number; scaling policies stay between the minimum and the maximum.',
    submit: 'Set size',
    fields: [
      { kind: 'number', name: 'min', label: 'Minimum', min: 0, max: MAX_GROUP_SIZE, value: g.min },
      { kind: 'number', name: 'desired', label: 'Desired', min: 0, max: MAX_GROUP_SIZE, value: g.desired },
      { kind: 'number', name: 'max', label: 'Maximum', min: 0, max: MAX_GROUP_SIZE, value: g.max },
    ],
    build: (values) => ({ type: 'scalingGroup.configure', scalingGroupId: g.id, min: v.number(values, 'min'), desired: v.number(values, 'desired'), max: v.number(values, 'max') }),
    consequence: (values) => `${v.number(values, 'desired')} × ${g.type}: ${perHour(rate * v.number(values, 'desired'))} while they run (${perHour(rate * (v.number(values, 'desired') - g.desired))} from now).`,
  };
  return { label: 'Set group size…', key: 'z', command: form.build(defaultsFor(form)), consequence: 'minimum, desired and maximum', form };
}

export const createGroupActions: ActionSet = {
  on: 'region',
  commands: ['scalingGroup.create'],
  offer(world, regionId) {
    const a = createGroupAction(world, regionId);
    return a ? [a] : [];
  },
};

function defaultsFor(form: ActionForm): FormValues {
  return Object.fromEntries(form.fields.map((f) => [f.name, f.kind === 'multi' ? f.values : f.value]));
}

function typeLabel(t: string): string {
  const spec = instanceType(t);
  return spec ? `${t} · ${spec.capacityRps} req/s · ${perHour(spec.priceMicrosPerHour)}` : t;
}

function mostCommon(xs: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: string | undefined;
  for (const [x, n] of counts) if (best === undefined || n > counts.get(best)!) best = x;
  return best;
}
