import { SECONDS_PER_BILLING_MONTH } from '../../core/constants';
import { chargeMonthly, type Ledger } from '../../core/ledger';
import type { World } from '../../core/world';
import { QUEUE_REQUEST_MILLION_MICROS } from './constants';

/** What `requests` SQS requests cost, µ$ (a fraction of a micro-dollar is possible: $0.40 per million). */
export const queueRequestsMicros = (requests: number): number => (requests * QUEUE_REQUEST_MILLION_MICROS) / 1_000_000;

/**
 * Queues by the request: every send, receive and delete since the last bill. Charged through the
 * ledger's carried remainder, so fractions of a micro-dollar add up exactly (µ$ per million ×
 * SECONDS_PER_BILLING_MONTH is a multiple of a million for our price).
 */
export function billQueues(world: World, ledger: Ledger): void {
  let requests = 0;
  for (const q of world.queues) {
    requests += q.unbilledRequests;
    q.unbilledRequests = 0;
  }
  if (requests > 0) chargeMonthly(ledger, 'queues', (requests * QUEUE_REQUEST_MILLION_MICROS * SECONDS_PER_BILLING_MONTH) / 1_000_000, 1);
}
