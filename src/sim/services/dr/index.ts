import { oneOf, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import { defineKind } from '../../core/serviceKind';
import { DR_CAUSES, DR_EVENTS, DR_LEDGER } from './names';
import { DR_POSTURES } from './constants';
import { drMachine } from './machine';
import { checkPosture, provisionPosture } from './provisionPosture';
import { checkFailback, checkFailover, drRunbook, startFailback, startFailover } from './runbook';
import { drEstate } from './spec';
import type { DrSlice } from './state';

export const setPostureCommand = defineCommand({
  type: 'dr.setPosture',
  summary: 'Choose a disaster-recovery posture: what stands ready in the DR Region, at what cost (it can be raised later, not lowered).',
  fields: {
    posture: required(oneOf(DR_POSTURES, { description: 'backupRestore, pilotLight, warmStandby or activeActive.', noun: 'DR posture' })),
    primaryRegionId: required(ref('The Region that serves normally.')),
    drRegionId: required(ref('The Region to recover into.')),
  },
  check: (world, c) => checkPosture(world, c),
  apply: (world, c, _ok, events) => provisionPosture(world, c, events),
});

export const failOverRegionCommand = defineCommand({
  type: 'region.failOver',
  summary: 'Run the DR failover: data and compute come up in the DR Region, then DNS points there (active/active needs none: it fails over by itself).',
  fields: { fromRegionId: required(ref('The primary Region.')), toRegionId: required(ref('The DR Region.')) },
  check: (world, c) => checkFailover(world, c.fromRegionId, c.toRegionId),
  apply: (world, _c, plan, events) => startFailover(world, plan, events),
});

export const failBackRegionCommand = defineCommand({
  type: 'region.failBack',
  summary: 'Fail back to the primary Region once it is available again.',
  fields: {},
  check: (world) => checkFailback(world),
  apply: (world, _c, plan, events) => startFailback(world, plan, events),
});

/** Disaster recovery across Regions: the four postures and the runbook that fails over and back. */
export const drKind = defineKind<DrSlice>({
  name: 'dr',
  estate: drEstate,
  initial: () => ({ dr: null }),
  build(world, events) {
    const d = world.scenario.estate.dr;
    if (d) provisionPosture(world, { posture: d.posture, primaryRegionId: d.primaryRegion, drRegionId: d.drRegion, atStart: true }, events);
  },
  systems: [drRunbook],
  commands: [setPostureCommand, failOverRegionCommand, failBackRegionCommand],
  ledgerCategories: DR_LEDGER,
  failureCauses: DR_CAUSES,
  events: DR_EVENTS,
  machines: { dr: drMachine },
  invariants(world, out) {
    const g = world.dr?.scalingGroupId;
    if (g != null && !world.scalingGroups.some((s) => s.id === g)) out.push(`dr: Auto Scaling group ${g} does not exist`);
  },
});
