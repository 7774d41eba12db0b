import { INSTANCE_PRICES, type Purchase } from './constants';
import { instanceType } from './instanceTypes';

/** The hourly compute rate of an instance: list price, less the spot discount. The UI quotes the same. */
export function instanceHourlyMicros(inst: { type: string; purchase: Purchase }): number {
  const list = instanceType(inst.type)?.priceMicrosPerHour ?? 0;
  return inst.purchase === 'spot' ? (list * (100 - INSTANCE_PRICES.spotDiscountPct)) / 100 : list;
}
