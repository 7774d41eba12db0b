import { PRICES } from './model/constants';
import { instanceType } from './model/instanceTypes';
import type { Instance } from './model/world';

/** The hourly compute rate of an instance: list price, less the spot discount. */
export function instanceHourlyMicros(inst: Pick<Instance, 'type' | 'purchase'>): number {
  const list = instanceType(inst.type)?.priceMicrosPerHour ?? 0;
  return inst.purchase === 'spot' ? (list * (100 - PRICES.spotDiscountPct)) / 100 : list;
}
