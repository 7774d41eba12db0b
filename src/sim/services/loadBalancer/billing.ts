import { SECONDS_PER_HOUR } from '../../core/constants';
import { chargeMicros, chargePerGb, type Ledger } from '../../core/ledger';
import type { World } from '../../core/world';
import type { TrafficTally } from '../../traffic/tally';
import { LB_PRICES } from './constants';

/** Each started load-balancer hour is billed whole (DOMAIN §5.3), plus LCUs for the bytes processed. */
export function billLoadBalancers(world: World, ledger: Ledger, tally: TrafficTally): void {
  for (const lb of world.loadBalancers) {
    if ((world.tick - lb.createdTick) % SECONDS_PER_HOUR === 0) chargeMicros(ledger, 'loadBalancers', LB_PRICES.loadBalancerHourMicros);
  }
  chargePerGb(ledger, 'loadBalancers', LB_PRICES.lcuHourMicros, Math.round(tally.lbKb));
}
