import { defineKind } from '../../core/serviceKind';
import { SCALING_GROUP_CAUSES, SCALING_GROUP_EVENTS, SCALING_GROUP_LEDGER } from './names';
import { launchInstance } from '../instance/launchInstance';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { registerTarget } from '../loadBalancer/targets';
import { autoscale } from './autoscale';
import { scalingGroupCommands } from './commands';
import { createScalingGroup } from './createScalingGroup';
import { scalingMachine } from './machine';
import { scalingGroupEstate, scalingGroupLevelIds } from './spec';
import type { ScalingGroupSlice } from './state';

/** EC2 Auto Scaling groups: desired capacity across AZs, replacement, target tracking, schedules. */
export const scalingGroupKind = defineKind<ScalingGroupSlice>({
  name: 'scalingGroup',
  estate: scalingGroupEstate,
  levelIds: scalingGroupLevelIds,
  initial: () => ({ scalingGroups: [] }),
  build(world, events) {
    for (const spec of world.scenario.estate.scalingGroups ?? []) {
      const group = createScalingGroup(spec);
      world.scalingGroups.push(group);
      // The group starts at its desired size, already in service, spread over its AZs.
      const lb = group.loadBalancerId ? findLoadBalancer(world, group.loadBalancerId) : undefined;
      for (let k = 0; k < group.desired; k++) {
        const zoneId = group.zoneIds[k % group.zoneIds.length]!;
        const inst = launchInstance(world, { zoneId, type: group.type, purchase: group.purchase, scalingGroupId: group.id, initialState: 'running' }, events);
        if (lb) registerTarget(world, lb, inst.id, events, 'healthy');
      }
    }
  },
  systems: [autoscale],
  commands: scalingGroupCommands,
  ledgerCategories: SCALING_GROUP_LEDGER,
  failureCauses: SCALING_GROUP_CAUSES,
  events: SCALING_GROUP_EVENTS,
  machines: { scaling: scalingMachine },
  invariants(world, out) {
    const lbs = new Set(world.loadBalancers.map((l) => l.id));
    const zones = new Set(world.zones.map((z) => z.id));
    for (const g of world.scalingGroups) {
      if (!(g.min <= g.desired && g.desired <= g.max && g.min >= 0)) out.push(`${g.id}: min ${g.min} desired ${g.desired} max ${g.max}`);
      if (g.loadBalancerId !== null && !lbs.has(g.loadBalancerId)) out.push(`${g.id}: load balancer ${g.loadBalancerId} does not exist`);
      for (const z of g.zoneIds) if (!zones.has(z)) out.push(`${g.id}: zone ${z} does not exist`);
    }
  },
});
