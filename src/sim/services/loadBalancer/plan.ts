import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import { isServing } from '../instance/tags';
import { targetInstances } from './resolveTargets';
import type { LoadBalancer } from './state';

/**
 * How a load balancer spreads requests, worked out once and reused until something it depends on
 * changes (its targets or their health, anything's liveness, a grey failure ending): which targets
 * are in service, how much capacity each AZ has, and how much of it can answer. ALB fails open:
 * with every target unhealthy it sends to all of them (DOMAIN §5.1).
 */
export interface BalancerPlan {
  targetsVersion: number;
  healthVersion: number;
  livenessVersion: number;
  /** The plan also expires at this tick (a grey failure ends, the load balancer finishes provisioning). */
  validUntilTick: number;
  /** The load balancer takes traffic (provisioned, and its Region is not down). */
  active: boolean;
  /** Which targets get traffic: the healthy ones, or every unhealthy one when none is healthy (fail-open). */
  useHealth: 'healthy' | 'unhealthy';
  count: number;
  cap: number;
  liveCount: number;
  liveCap: number;
  /** The part of liveCap slowed by a grey failure. */
  greyCap: number;
  /** Per AZ (indexed like world.zones): in-service capacity, the part that can answer, and the grey part of that. */
  zoneCap: Float64Array;
  zoneLiveCap: Float64Array;
  zoneGreyCap: Float64Array;
  /** Per target (indexed like lb.targets was when the plan was made): 2 = in service and can answer, 1 = in service but cannot, 0 = not in service. */
  status: Uint8Array;
}

const plans = derivedSlot('loadBalancer.plans', () => new WeakMap<LoadBalancer, BalancerPlan>());
/** The plan each load balancer routed with last (so the published flow is rewritten only when it changes). */
const routed = derivedSlot('loadBalancer.routedPlans', () => new WeakMap<LoadBalancer, BalancerPlan>());

/** Notes the plan a load balancer routed with; true when it is not the one it used last time. */
export function noteRouted(world: World, lb: LoadBalancer, plan: BalancerPlan): boolean {
  const map = routed(world);
  if (map.get(lb) === plan) return false;
  map.set(lb, plan);
  return true;
}

export function balancerPlan(world: World, lb: LoadBalancer, upByZone: Uint8Array): BalancerPlan {
  const now = world.tick;
  const cached = plans(world).get(lb);
  if (
    cached &&
    cached.targetsVersion === lb.targetsVersion &&
    cached.healthVersion === lb.healthVersion &&
    cached.livenessVersion === world.livenessVersion &&
    now < cached.validUntilTick
  ) {
    return cached;
  }
  const plan = buildPlan(world, lb, upByZone);
  plans(world).set(lb, plan);
  return plan;
}

function buildPlan(world: World, lb: LoadBalancer, upByZone: Uint8Array): BalancerPlan {
  const now = world.tick;
  const zones = world.zones.length;
  const region = world.regions.find((r) => r.id === lb.regionId);
  const plan: BalancerPlan = {
    targetsVersion: lb.targetsVersion,
    healthVersion: lb.healthVersion,
    livenessVersion: world.livenessVersion,
    validUntilTick: lb.activeFromTick > now ? lb.activeFromTick : Number.MAX_SAFE_INTEGER,
    active: lb.activeFromTick <= now && !!region && region.state !== 'down',
    useHealth: 'healthy',
    count: 0,
    cap: 0,
    liveCount: 0,
    liveCap: 0,
    greyCap: 0,
    zoneCap: new Float64Array(zones),
    zoneLiveCap: new Float64Array(zones),
    zoneGreyCap: new Float64Array(zones),
    status: new Uint8Array(lb.targets.length),
  };
  const { instances, zoneIdx, enabled } = targetInstances(world, lb);
  let anyHealthy = false;
  for (let i = 0; i < lb.targets.length && !anyHealthy; i++) anyHealthy = !!instances[i] && enabled[i] === 1 && lb.targets[i]!.health === 'healthy';
  plan.useHealth = anyHealthy ? 'healthy' : 'unhealthy';
  for (let i = 0; i < lb.targets.length; i++) {
    const inst = instances[i];
    if (!inst || enabled[i] === 0 || lb.targets[i]!.health !== plan.useHealth) continue;
    const z = zoneIdx[i]!;
    plan.count++;
    plan.cap += inst.capacityRps;
    plan.status[i] = 1;
    if (z >= 0) plan.zoneCap[z]! += inst.capacityRps;
    if (!isServing(inst, now) || z < 0 || upByZone[z] !== 1) continue;
    plan.status[i] = 2;
    plan.liveCount++;
    plan.liveCap += inst.capacityRps;
    plan.zoneLiveCap[z]! += inst.capacityRps;
    // A grey failure serves ten times slower but still passes its health checks, until it ends.
    if (inst.greyUntilTick > now) {
      plan.zoneGreyCap[z]! += inst.capacityRps;
      plan.greyCap += inst.capacityRps;
      if (inst.greyUntilTick < plan.validUntilTick) plan.validUntilTick = inst.greyUntilTick;
    }
  }
  return plan;
}
