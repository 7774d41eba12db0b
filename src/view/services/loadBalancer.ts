import type { LoadBalancer, World } from '../../sim';
import { contains } from '../board/layout/geometry';
import { OKABE_ITO } from '../board/look/palette';
import type { EntityView } from './entityView';
import { createLoadBalancerActions } from './loadBalancerForms';
import type { ActionSet, ServiceView } from './serviceView';

const healthyCount = (lb: LoadBalancer): number => lb.targets.filter((t) => t.health === 'healthy').length;
const provisioning = (lb: LoadBalancer, world: World): boolean => lb.activeFromTick > world.tick;

/** Target health as a colour and (on the board's strip) a shape: healthy ■, unhealthy ✕ (hollow), initial ▫. */
export const TARGET_HEALTH_COLOUR = { healthy: OKABE_ITO.green, unhealthy: OKABE_ITO.vermillion, initial: OKABE_ITO.skyBlue } as const;

/** The words in a load balancer's bar on the board: "2/3 healthy", or "provisioning". */
export const loadBalancerSummary = (lb: LoadBalancer, healthy: number, now: number): string => (lb.activeFromTick > now ? 'provisioning' : `${healthy}/${lb.targets.length} healthy`);

const loadBalancer: EntityView = {
  kind: 'loadBalancer',
  heading: (id) => `Load balancer ${id}`,
  describe(world, id) {
    const lb = world.loadBalancers.find((l) => l.id === id);
    if (!lb) return id;
    return `Load balancer ${lb.id} · ${healthyCount(lb)}/${lb.targets.length} healthy · checks every ${lb.healthCheck.intervalTicks} s, ${lb.healthCheck.unhealthyThreshold} fails to mark down`;
  },
  where(world, id) {
    const lb = world.loadBalancers.find((l) => l.id === id);
    return lb ? { regionId: lb.regionId } : {};
  },
  estate: {
    under: 'region',
    items: (world, regionId) =>
      world.loadBalancers
        .filter((l) => l.regionId === regionId)
        .map((l) => ({ id: l.id, label: `Load balancer ${l.id}`, detail: `${healthyCount(l)}/${l.targets.length} healthy targets${provisioning(l, world) ? ', provisioning' : ''}` })),
  },
  board: {
    band: 'lane',
    hit: (l, x, y) => l.loadBalancers.find((b) => contains(b.rect, x, y))?.id ?? null,
    outline: (l, id) => l.loadBalancers.find((b) => b.id === id)?.rect ?? null,
  },
};

const FAST_INTERVAL_S = 5;
const DEFAULT_INTERVAL_S = 30;

const loadBalancerActions: ActionSet = {
  on: 'loadBalancer',
  commands: ['loadBalancer.configure'],
  offer(world, id) {
    const lb = world.loadBalancers.find((l) => l.id === id);
    if (!lb) return [];
    const fast = lb.healthCheck.intervalTicks <= FAST_INTERVAL_S;
    return [
      { label: lb.sticky ? 'Sticky sessions off' : 'Sticky sessions on', key: 'k', command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, sticky: !lb.sticky }, consequence: lb.sticky ? 'requests spread freely again' : 'each user keeps to one instance (its session is lost if that instance goes)' },
      { label: lb.crossZone ? 'Cross-zone off' : 'Cross-zone on', key: 'x', command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, crossZone: !lb.crossZone }, consequence: lb.crossZone ? 'each AZ node only uses its own AZ’s targets' : 'every node spreads over all AZs' },
      {
        label: fast ? `Default health checks (${DEFAULT_INTERVAL_S} s)` : `Fast health checks (${FAST_INTERVAL_S} s)`,
        key: 'f',
        command: { type: 'loadBalancer.configure', loadBalancerId: lb.id, healthCheck: { intervalSeconds: fast ? DEFAULT_INTERVAL_S : FAST_INTERVAL_S, unhealthyThreshold: 2 } },
        consequence: fast ? 'a dead target is caught in 30–60 s' : 'a dead target is caught in 5–10 s',
      },
    ];
  },
};

/** Application Load Balancers and their targets' health. */
export const loadBalancerView: ServiceView = {
  simKind: 'loadBalancer',
  entities: [loadBalancer],
  actions: [createLoadBalancerActions, loadBalancerActions],
  events: {
    'loadBalancer.created': { log: (s, d) => `Load balancer ${s} provisioning (${d})` },
    'loadBalancer.active': { log: (s) => `Load balancer ${s} active` },
    // The instance's own events and "healthy in …" tell a target's life; registration is bookkeeping.
    'target.registered': { log: 'silent' },
    'target.deregistered': { log: 'silent' },
    'target.markedHealthy': { log: (s, d) => `${s} healthy in ${d}: receiving traffic` },
    'target.markedUnhealthy': {
      log: (s, d) => `${s} marked unhealthy by ${d}`,
      cue: 'alarm',
      incident: { detects: (e) => `${e.subject} marked unhealthy by ${e.detail ?? 'its load balancer'}` },
    },
  },
  causes: { deadTarget: { name: 'Dead target', why: 'sent to an instance the health check had not caught yet' } },
  ledger: { loadBalancers: 'Load balancers' },
  alarms: (world) =>
    world.loadBalancers.flatMap((lb) => {
      const bad = lb.targets.filter((t) => t.health === 'unhealthy').length;
      return bad > 0 ? [`UnHealthyHostCount ${lb.id}: ${bad}`] : [];
    }),
  compactLines: (world) => world.loadBalancers.map((lb) => `${lb.id}: ${healthyCount(lb)} of ${lb.targets.length} targets healthy`),
};
