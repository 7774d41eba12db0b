import { defineKind } from '../../core/serviceKind';
import { LOAD_BALANCER_CAUSES, LOAD_BALANCER_EVENTS, LOAD_BALANCER_LEDGER } from './names';
import { billLoadBalancers } from './billing';
import { loadBalancerCommands } from './commands';
import { createLoadBalancer } from './createLoadBalancer';
import { registerTarget } from './targets';
import { loadBalancerLifecycle, targetHealthChecks } from './healthChecks';
import { loadBalancerEstate, loadBalancerLevelIds } from './spec';
import { loadBalancerStage } from './stage';
import type { LoadBalancerSlice } from './state';

/** Application Load Balancers: targets, health checks with their detection delay, and the traffic split. */
export const loadBalancerKind = defineKind<LoadBalancerSlice>({
  name: 'loadBalancer',
  estate: loadBalancerEstate,
  levelIds: loadBalancerLevelIds,
  initial: () => ({ loadBalancers: [] }),
  build(world, events) {
    for (const spec of world.scenario.estate.loadBalancers ?? []) world.loadBalancers.push(createLoadBalancer(spec, 0, 0));
    // The starting estate is already in service: the instances that name a load balancer begin healthy behind it.
    for (const spec of world.scenario.estate.instances ?? []) {
      const lb = spec.loadBalancer ? world.loadBalancers.find((l) => l.id === spec.loadBalancer) : undefined;
      if (lb) registerTarget(world, lb, spec.id, events, spec.stopped ? 'initial' : 'healthy');
    }
  },
  systems: [loadBalancerLifecycle, targetHealthChecks],
  commands: loadBalancerCommands,
  bill: billLoadBalancers,
  stage: loadBalancerStage,
  ledgerCategories: LOAD_BALANCER_LEDGER,
  failureCauses: LOAD_BALANCER_CAUSES,
  events: LOAD_BALANCER_EVENTS,
  invariants(world, out) {
    const instances = new Set(world.instances.map((i) => i.id));
    for (const lb of world.loadBalancers) {
      for (const z of lb.zoneIds) if (world.zones.find((x) => x.id === z)?.regionId !== lb.regionId) out.push(`${lb.id}: zone ${z} not in ${lb.regionId}`);
      for (const t of lb.targets) {
        if (!instances.has(t.instanceId)) out.push(`${lb.id}: target ${t.instanceId} does not exist`);
        if (t.okStreak < 0 || t.failStreak < 0) out.push(`${lb.id}: negative streak`);
      }
    }
  },
});
