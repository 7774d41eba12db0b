import { createAlarms } from '../../core/alarms';
import { defineKind } from '../../core/serviceKind';
import { INSTANCE_CAUSES, INSTANCE_EVENTS, INSTANCE_LEDGER } from './names';
import { billInstances, dedicatedMicrosPerHour, fleetRates } from './billing';
import { instanceCommands } from './commands';
import { instanceFaults } from './faults';
import { launchInstance } from './launchInstance';
import { instanceLifecycle } from './lifecycle';
import { instanceMachine } from './machine';
import { pruneTerminated } from './prune';
import { instanceReactions } from './reactions';
import { instanceEstate, instanceLevelIds } from './spec';
import { instanceStage } from './stage';
import type { InstanceSlice } from './state';

/** EC2 instances: the lifecycle and its bill, the type ladder, spot, and serving requests. */
export const instanceKind = defineKind<InstanceSlice>({
  name: 'instance',
  estate: instanceEstate,
  levelIds: instanceLevelIds,
  initial: () => ({ instances: [], instanceAlarms: createAlarms(), pruneDueTick: Number.MAX_SAFE_INTEGER, billRates: { computeMicrosPerHour: 0, diskGb: 0, hosts: 0, dedicatedRunningByRegion: {} } }),
  build(world, events) {
    for (const spec of world.scenario.estate.instances ?? []) {
      launchInstance(
        world,
        { id: spec.id, zoneId: spec.zone, type: spec.type, purchase: spec.purchase ?? 'onDemand', tenancy: spec.tenancy ?? 'shared', diskGb: spec.diskGb ?? 8, initialState: spec.stopped ? 'stopped' : 'running' },
        events,
      );
    }
  },
  systems: [instanceLifecycle, pruneTerminated],
  commands: instanceCommands,
  faults: instanceFaults,
  reactions: instanceReactions,
  bill: billInstances,
  stage: instanceStage,
  ledgerCategories: INSTANCE_LEDGER,
  failureCauses: INSTANCE_CAUSES,
  events: INSTANCE_EVENTS,
  machines: { instance: instanceMachine },
  invariants(world, out) {
    const zones = new Map(world.zones.map((z) => [z.id, z]));
    const lbs = new Set(world.loadBalancers.map((l) => l.id));
    const groups = new Set(world.scalingGroups.map((g) => g.id));
    for (const inst of world.instances) {
      const zone = zones.get(inst.zoneId);
      if (!zone) out.push(`${inst.id}: zone ${inst.zoneId} does not exist`);
      else if (zone.regionId !== inst.regionId) out.push(`${inst.id}: zone ${inst.zoneId} is not in ${inst.regionId}`);
      if (!world.subnets.some((s) => s.id === inst.subnetId)) out.push(`${inst.id}: subnet ${inst.subnetId} does not exist`);
      if (!(inst.capacityRps > 0)) out.push(`${inst.id}: capacity ${inst.capacityRps}`);
      if (!Number.isInteger(inst.sessions) || inst.sessions < 0) out.push(`${inst.id}: sessions ${inst.sessions}`);
      if (inst.scalingGroupId !== null && !groups.has(inst.scalingGroupId)) out.push(`${inst.id}: group ${inst.scalingGroupId} does not exist`);
      if (inst.attachOnRunning !== null && !lbs.has(inst.attachOnRunning)) out.push(`${inst.id}: load balancer ${inst.attachOnRunning} does not exist`);
    }
    const rates = fleetRates(world);
    const kept = world.billRates;
    if (rates.computeMicrosPerHour !== kept.computeMicrosPerHour || rates.diskGb !== kept.diskGb || rates.hosts !== kept.hosts || dedicatedMicrosPerHour(rates) !== dedicatedMicrosPerHour(kept)) {
      out.push(`billing rates drifted: kept ${JSON.stringify(kept)}, fleet says ${JSON.stringify(rates)}`);
    }
    const ids = new Set(world.instances.map((i) => i.id));
    for (const f of world.faults) for (const id of f.affected) if (!ids.has(id)) out.push(`fault ${f.id}: instance ${id} does not exist`);
  },
});
