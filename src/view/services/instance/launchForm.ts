import { instanceHourlyMicros, instanceType, PURCHASES, TIMING, type Purchase, type World } from '../../../sim';
import { formatPerHour as perHour } from '../../format';
import { formValue as v, type ActionForm } from '../actionForm';
import type { Action } from '../serviceView';

export const PURCHASE_WORDS: Readonly<Record<Purchase, string>> = { onDemand: 'On-Demand', spot: 'Spot (cheaper; can be reclaimed with a 2-minute warning)' };

/**
 * "Launch…" on an AZ: the type and the purchase option (On-Demand or Spot) AWS asks for, and the
 * load balancer it joins once running. The one-key launches beside it are On-Demand.
 */
export function launchFormAction(world: World, zoneId: string, types: readonly string[]): Action | null {
  const zone = world.zones.find((z) => z.id === zoneId);
  if (!zone || types.length === 0) return null;
  const lbs = world.loadBalancers.filter((l) => l.regionId === zone.regionId);
  const form: ActionForm = {
    title: `Launch an instance in ${zone.id}`,
    submit: 'Launch',
    fields: [
      { kind: 'choice', name: 'type', label: 'Instance type', options: types.map((t) => ({ value: t, label: `${t} · ${instanceType(t)?.capacityRps ?? '?'} req/s` })), value: types[0]! },
      { kind: 'choice', name: 'purchase', label: 'Purchase option', options: PURCHASES.map((p) => ({ value: p, label: PURCHASE_WORDS[p] })), value: 'onDemand' },
      { kind: 'choice', name: 'loadBalancer', label: 'Load balancer', options: [...lbs.map((l) => ({ value: l.id, label: l.id })), { value: '', label: 'none' }], value: lbs[0]?.id ?? '' },
    ],
    build(values) {
      const lb = v.text(values, 'loadBalancer');
      return { type: 'instance.launch', zoneId: zone.id, instanceType: v.text(values, 'type'), purchase: v.text(values, 'purchase') as Purchase, ...(lb ? { loadBalancerId: lb } : {}) };
    },
    consequence: (values) =>
      `Boots in about ${TIMING.bootTicks + TIMING.appStartTicks} s; ${perHour(instanceHourlyMicros({ type: v.text(values, 'type'), purchase: v.text(values, 'purchase') as Purchase }))}.`,
  };
  const command = form.build({ type: types[0]!, purchase: 'onDemand', loadBalancer: lbs[0]?.id ?? '' });
  return { label: 'Launch…', key: 'w', command, consequence: 'choose the type and On-Demand or Spot', form };
}
