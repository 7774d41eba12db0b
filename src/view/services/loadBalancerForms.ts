import { LB_PRICES, LB_PROVISION_TICKS } from '../../sim';
import { formatPerHour as perHour } from '../format';
import { formValue as v, type ActionForm } from './actionForm';
import type { ActionSet } from './serviceView';

const ON_OFF = [
  { value: 'on', label: 'on' },
  { value: 'off', label: 'off' },
] as const;

/**
 * "Create load balancer…" on a Region: an Application Load Balancer over the AZs the player picks
 * (every AZ by default), with cross-zone on (the ALB default) and sticky sessions off. It provisions
 * for a few minutes before it serves; instances join it afterwards.
 */
export const createLoadBalancerActions: ActionSet = {
  on: 'region',
  commands: ['loadBalancer.create'],
  offer(world, regionId) {
    const region = world.regions.find((r) => r.id === regionId);
    if (!region) return [];
    const form: ActionForm = {
      title: `New load balancer in ${region.id}`,
      intro: 'An Application Load Balancer spreads requests over healthy instances in the AZs it serves, and stops sending to ones that fail its health checks.',
      submit: 'Create load balancer',
      fields: [
        { kind: 'multi', name: 'zones', label: 'Availability Zones', options: region.zoneIds.map((z) => ({ value: z, label: z })), values: region.zoneIds, hint: 'AWS asks for at least two.' },
        { kind: 'choice', name: 'crossZone', label: 'Cross-zone load balancing', options: ON_OFF, value: 'on', hint: 'On: every AZ node spreads over the targets of all AZs.' },
        { kind: 'choice', name: 'sticky', label: 'Sticky sessions', options: ON_OFF, value: 'off', hint: 'On: each user keeps to one instance.' },
      ],
      build: (values) => ({ type: 'loadBalancer.create', regionId: region.id, zoneIds: v.list(values, 'zones'), crossZone: v.text(values, 'crossZone') === 'on', sticky: v.text(values, 'sticky') === 'on' }),
      consequence: () => `Serves in about ${LB_PROVISION_TICKS / 60} min; ${perHour(LB_PRICES.loadBalancerHourMicros)} plus traffic.`,
    };
    const command = form.build({ zones: region.zoneIds, crossZone: 'on', sticky: 'off' });
    return [{ label: 'Create load balancer…', key: 'l', command, consequence: `provisions for about ${LB_PROVISION_TICKS / 60} min; ${perHour(LB_PRICES.loadBalancerHourMicros)}`, form }];
  },
};
