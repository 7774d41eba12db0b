import type { LevelIds } from '../../core/serviceKind';
import { LEVEL_LIMITS as L } from '../../../shared/levelLimits';
import { array, integer, number, object, oneOf, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField, secondsField, zoneListField } from '../../../shared/schema/fields';
import { PURCHASES } from '../instance/constants';
import { INSTANCE_TYPE_NAMES } from '../instance/instanceTypes';
import { HEALTH_CHECK_TYPES, SCALING_DEFAULTS, SCALING_METRICS } from './constants';

export const scalingGroupSpec = object(
  {
    id: required(idField('A unique id for this Auto Scaling group.')),
    region: required(idField('The Region it lives in.')),
    zones: required(zoneListField('The Availability Zones it launches into, kept balanced (zones of its Region).')),
    type: required(oneOf(INSTANCE_TYPE_NAMES, { description: 'The instance type it launches.', noun: 'instance type' })),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand or spot instances.', noun: 'purchase option' }), { default: 'onDemand' }),
    min: required(integer({ description: 'Fewest instances the group keeps.', min: 0, max: L.scalingGroupMax })),
    max: required(integer({ description: 'Most instances the group may run.', min: 0, max: L.scalingGroupMax })),
    desired: required(integer({ description: 'Instances wanted at the start; between min and max.', min: 0, max: L.scalingGroupMax })),
    loadBalancer: optional(idField('The load balancer its instances register with (same Region).')),
    healthCheckType: optional(oneOf(HEALTH_CHECK_TYPES, { description: 'Replace instances that fail EC2 status checks only, or also the load balancer\'s health check (default: elb with a load balancer, else ec2).', noun: 'health check type' })),
    healthCheckGraceSeconds: optional(integer({ description: 'Seconds after an instance starts running before load balancer health checks can mark it unhealthy.', min: 0, max: 7200 }), { default: SCALING_DEFAULTS.healthCheckGraceTicks }),
    warmupSeconds: optional(integer({ description: 'Seconds before a new instance counts in the group\'s metrics.', min: 0, max: 3600 }), { default: SCALING_DEFAULTS.warmupTicks }),
    cooldownSeconds: optional(integer({ description: 'Seconds to wait after a scaling activity.', min: 0, max: 3600 }), { default: SCALING_DEFAULTS.cooldownTicks }),
    policy: optional(
      object(
        {
          metric: required(oneOf(SCALING_METRICS, { description: 'What to track: average CPU percent, or requests per second per instance.', noun: 'scaling metric' })),
          target: required(number({ description: 'The value to hold the metric at (percent for cpu; req/s for requestsPerTarget).', min: 0, minExclusive: true, max: 1_000_000 })),
        },
        { description: 'A target-tracking policy: scale out fast, scale in slowly.' },
      ),
    ),
    scheduled: optional(
      array(
        object(
          {
            atSeconds: required(secondsField('When the action runs, seconds from the start.')),
            min: optional(integer({ description: 'New minimum.', min: 0, max: L.scalingGroupMax })),
            max: optional(integer({ description: 'New maximum.', min: 0, max: L.scalingGroupMax })),
            desired: optional(integer({ description: 'New desired capacity.', min: 0, max: L.scalingGroupMax })),
          },
          { description: 'A scheduled scaling action.' },
        ),
        { description: 'Scheduled scaling actions.', maxItems: 100 },
      ),
    ),
  },
  { description: 'An EC2 Auto Scaling group; it launches its desired instances when the level starts.' },
);
export type ScalingGroupSpec = Infer<typeof scalingGroupSpec>;

export const scalingGroupEstate = {
  scalingGroups: optional(array(scalingGroupSpec, { description: 'Auto Scaling groups.', maxItems: L.scalingGroups })),
} as const;

/** Level ids: Auto Scaling groups, and the prefix of the ones created during a run. */
export const scalingGroupLevelIds: LevelIds = {
  noun: ['scaling group', 'scaling groups'],
  plurals: ['scaling groups'],
  list: (estate) => (estate.scalingGroups ?? []).map((x, i) => ({ id: x.id, at: ['estate', 'scalingGroups', i], what: 'an Auto Scaling group' })),
  generatedPrefixes: ['asg'],
};
