import { DATABASE, DATABASE_SIZES, SNAPSHOT_GB_MONTH_MICROS } from './services/database/constants';
import { INSTANCE_PRICES } from './services/instance/constants';
import { LB_PRICES } from './services/loadBalancer/constants';
import { SESSION_STORE_HOUR_MICROS } from './services/sessionStore/spec';
import { TRANSFER_PRICES } from './traffic/billTick';

/**
 * Every price the game charges, in µ$, gathered from the kinds that charge them, so a client can
 * quote "costs +$0.10/h" with exactly the number the simulation bills.
 */
export const PRICES = {
  ...INSTANCE_PRICES,
  ...LB_PRICES,
  ...TRANSFER_PRICES,
  snapshotGbMonthMicros: SNAPSHOT_GB_MONTH_MICROS,
  sessionStoreHourMicros: SESSION_STORE_HOUR_MICROS,
} as const;

export { DATABASE, DATABASE_SIZES };
