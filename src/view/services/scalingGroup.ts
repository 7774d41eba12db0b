import { instanceHourlyMicros, type ScalingGroup } from '../../sim';
import { contains, union } from '../board/layout/geometry';
import { OKABE_ITO } from '../board/look/palette';
import { words } from '../../shared/words';
import { formatPerHour as perHour } from '../format';
import type { EntityView } from './entityView';
import { capacityAction, createGroupActions, scheduleAction } from './scalingGroupForms';
import type { ActionSet, ServiceView } from './serviceView';

/** A group's outline and caption on the board. */
export const GROUP_COLOUR = OKABE_ITO.purple;

/** "web-asg · 3 (min 2, max 6) · scaling out": the caption over a group's outline. */
export const groupCaption = (g: ScalingGroup): string => `${g.id} · ${g.desired} (min ${g.min}, max ${g.max})${g.state === 'steady' ? '' : ` · ${words(g.state)}`}`;

const capacity = (g: ScalingGroup): string => `desired ${g.desired} (min ${g.min}, max ${g.max})`;

const scalingGroup: EntityView = {
  kind: 'scalingGroup',
  heading: (id) => `Auto Scaling group ${id}`,
  describe(world, id) {
    const g = world.scalingGroups.find((x) => x.id === id);
    return g ? `Auto Scaling group ${g.id} · ${capacity(g)} · ${words(g.state)}` : id;
  },
  where(world, id) {
    const g = world.scalingGroups.find((x) => x.id === id);
    return g ? { regionId: g.regionId } : {};
  },
  estate: {
    under: 'region',
    items: (world, regionId) => world.scalingGroups.filter((g) => g.regionId === regionId).map((g) => ({ id: g.id, label: `Auto Scaling group ${g.id}`, detail: `${capacity(g)}, ${words(g.state)}` })),
  },
  board: {
    band: 'outline',
    hit: (l, x, y) => l.scalingGroups.find((g) => g.rects.some((r) => contains(r, x, y)))?.id ?? null,
    outline(l, id) {
      const g = l.scalingGroups.find((x) => x.id === id);
      return g ? union(g.rects) : null;
    },
  },
};

/** Desired capacity, target tracking and scheduled actions (creating a group is done from its Region: scalingGroupForms.ts). */
const groupActions: ActionSet = {
  on: 'scalingGroup',
  commands: ['scalingGroup.configure', 'scalingGroup.setPolicy', 'scalingGroup.schedule'],
  offer(world, id) {
    const g = world.scalingGroups.find((x) => x.id === id);
    if (!g) return [];
    // What one more member bills: the group's type at its purchase option (the simulation's formula).
    const rate = instanceHourlyMicros({ type: g.type, purchase: g.purchase });
    const out: ReturnType<ActionSet['offer']> = [];
    if (g.desired < g.max) out.push({ label: 'Desired +1', key: '+', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, desired: g.desired + 1 }, consequence: `one more ${g.type}, ${perHour(rate)}` });
    if (g.desired > g.min) out.push({ label: 'Desired −1', key: '-', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, desired: g.desired - 1 }, consequence: `scales in one instance (its in-memory sessions are lost), ${perHour(-rate)}` });
    out.push(capacityAction(g));
    out.push({ label: 'Max +2', key: 'm', command: { type: 'scalingGroup.configure', scalingGroupId: g.id, max: g.max + 2 }, consequence: 'room to scale out further' });
    out.push({
      label: g.policy ? 'Remove target tracking' : 'Target tracking: CPU 50 %',
      key: 'p',
      command: g.policy ? { type: 'scalingGroup.setPolicy', scalingGroupId: g.id, metric: 'none' } : { type: 'scalingGroup.setPolicy', scalingGroupId: g.id, metric: 'cpu', target: 50 },
      consequence: g.policy ? 'capacity stays where you put it' : 'scales out after 3 minutes above 50 %, in after 15 below',
    });
    if (world.tick + 60 < world.durationTicks) out.push(scheduleAction(world, g));
    return out;
  },
};

/** EC2 Auto Scaling groups: outlines around their members' tiles. */
export const scalingGroupView: ServiceView = {
  simKind: 'scalingGroup',
  entities: [scalingGroup],
  actions: [createGroupActions, groupActions],
  events: {
    'scalingGroup.created': { log: (s) => `Auto Scaling group ${s} created` },
    'scalingGroup.scaledOut': {
      log: (s, d, v) => `${s} scaling out to ${v ?? '?'} (${d})`,
      incident: { detects: (e) => `Auto Scaling alarm: ${e.subject} scaling out${e.value !== undefined ? ` to ${e.value}` : ''}` },
    },
    'scalingGroup.scaledIn': { log: (s, d, v) => `${s} scaling in to ${v ?? '?'} (${d})` },
    'scalingGroup.replacingUnhealthy': {
      log: (s, _d, v) => `${s} replacing ${v ?? 1} unhealthy instance(s)`,
      incident: { detects: (e) => `Auto Scaling group ${e.subject} replacing an unhealthy instance` },
    },
    'scalingGroup.launchFailed': { log: (s, d) => `${s} could not launch: ${d}`, alarm: (e) => `Launch failures (${e.subject})` },
    // The caption drops "· cooldown" on the board; the log has nothing to add.
    'scalingGroup.cooledDown': { log: 'silent' },
  },
  compactLines: (world) => world.scalingGroups.map((g) => `${g.id}: ${capacity(g)}`),
};
