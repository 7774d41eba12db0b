import { chargePerGb } from '../core/ledger';
import type { ServiceKind } from '../core/serviceKind';
import type { World } from '../core/world';
import { SERVICE_KINDS } from '../services/registry';
import type { TrafficTally } from './tally';

/** Inter-AZ $0.01/GB in each direction; inter-Region ≈ $0.02/GB (US↔US) (DOMAIN §8). */
export const TRANSFER_PRICES = { interAzGbMicros: 10_000, interRegionGbMicros: 20_000 } as const;

/**
 * One second of the bill: each kind charges for what it has (its `bill`), and the engine charges the
 * data this tick's requests moved across AZs and Regions.
 */
let bills: NonNullable<ServiceKind['bill']>[] | null = null;

export function billTick(world: World, tally: TrafficTally): void {
  const ledger = world.ledger;
  bills ??= SERVICE_KINDS.flatMap((k) => (k.bill ? [k.bill] : []));
  for (const bill of bills) bill(world, ledger, tally);
  chargePerGb(ledger, 'transfer', TRANSFER_PRICES.interAzGbMicros, Math.round(tally.interAzKb));
  chargePerGb(ledger, 'transfer', TRANSFER_PRICES.interRegionGbMicros, Math.round(tally.interRegionKb));
}
