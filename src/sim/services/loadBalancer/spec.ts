import type { LevelIds } from '../../core/serviceKind';
import { LEVEL_LIMITS as L } from '../../../shared/levelLimits';
import { array, boolean, integer, object, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField, zoneListField } from '../../../shared/schema/fields';
import { LB_HEALTH_CHECK } from './constants';

export const loadBalancerSpec = object(
  {
    id: required(idField('A unique id for this load balancer, e.g. "web-alb".')),
    region: required(idField('The Region it lives in.')),
    zones: required(zoneListField('The Availability Zones it serves (zones of its Region).')),
    crossZone: optional(boolean({ description: 'Spread requests across all enabled zones (always on for an ALB).' }), { default: true }),
    sticky: optional(boolean({ description: 'Sticky sessions: a user keeps going to the same instance.' }), { default: false }),
    healthCheck: optional(
      object(
        {
          intervalSeconds: optional(integer({ description: 'Seconds between health checks (ALB range 5–300).', min: 5, max: 300 }), { default: LB_HEALTH_CHECK.intervalTicks }),
          unhealthyThreshold: optional(integer({ description: 'Failed checks in a row before a target is taken out (2–10).', min: 2, max: 10 }), { default: LB_HEALTH_CHECK.unhealthyThreshold }),
          healthyThreshold: optional(integer({ description: 'Passed checks in a row before a target is put back (2–10).', min: 2, max: 10 }), { default: LB_HEALTH_CHECK.healthyThreshold }),
        },
        { description: 'Target health checks (ALB defaults: every 30 s, out after 2 failures, back after 5 passes).' },
      ),
    ),
  },
  { description: 'An Application Load Balancer that is ready when the level starts.' },
);
export type LoadBalancerSpec = Infer<typeof loadBalancerSpec>;

export const loadBalancerEstate = {
  loadBalancers: optional(array(loadBalancerSpec, { description: 'Load balancers ready at the start.', maxItems: L.loadBalancers })),
} as const;

/** Level ids: load balancers, and the prefix of the ones created during a run. */
export const loadBalancerLevelIds: LevelIds = {
  noun: ['load balancer', 'load balancers'],
  plurals: ['load balancers'],
  list: (estate) => (estate.loadBalancers ?? []).map((x, i) => ({ id: x.id, at: ['estate', 'loadBalancers', i], what: 'a load balancer' })),
  generatedPrefixes: ['alb'],
};
