import type { LevelIds } from '../../core/serviceKind';
import { LEVEL_LIMITS as L } from '../../../shared/levelLimits';
import { array, boolean, integer, object, oneOf, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField } from '../../../shared/schema/fields';
import { PURCHASES, TENANCIES } from './constants';
import { INSTANCE_TYPE_NAMES } from './instanceTypes';

export const instanceSpec = object(
  {
    id: required(idField('A unique id for this instance, e.g. "web-1".')),
    zone: required(idField('The Availability Zone it runs in.')),
    type: required(oneOf(INSTANCE_TYPE_NAMES, { description: 'The instance type, e.g. "m5.large".', noun: 'instance type' })),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand, or spot (70 % cheaper, but AWS may reclaim it with two minutes\' notice).', noun: 'purchase option' }), { default: 'onDemand' }),
    tenancy: optional(oneOf(TENANCIES, { description: 'Shared hardware, a Dedicated Instance ($2/h per Region fee) or a Dedicated Host (billed per host-hour).', noun: 'tenancy' }), { default: 'shared' }),
    stopped: optional(boolean({ description: 'Starts stopped instead of running (a pilot light\'s app servers).' }), { default: false }),
    loadBalancer: optional(idField('The load balancer it is registered with (same Region); it starts healthy.')),
    diskGb: optional(integer({ description: 'EBS root volume, GB; billed while running and while stopped.', min: 1, max: 16_384 }), { default: 8 }),
  },
  { description: 'An EC2 instance that is already running when the level starts.' },
);
export type InstanceSpec = Infer<typeof instanceSpec>;

export const instanceEstate = {
  instances: optional(array(instanceSpec, { description: 'EC2 instances running at the start.', maxItems: L.instances })),
} as const;

/** Level ids: instances, and the prefix of the ones launched during a run. */
export const instanceLevelIds: LevelIds = {
  noun: ['instance', 'instances'],
  plurals: ['instances'],
  list: (estate) => (estate.instances ?? []).map((x, i) => ({ id: x.id, at: ['estate', 'instances', i], what: 'an instance' })),
  generatedPrefixes: ['i'],
};
