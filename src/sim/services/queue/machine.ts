import { setup } from 'xstate';
import type { StateNameOf } from '../../machines/advance';
import { declared } from '../../machines/interpret';

const queueActions = {
  /** Sends fail and consumers stop; the stored messages wait for the Region. */
  reportInterrupted: declared(),
  reportRecovered: declared(),
};
export type QueueActions = typeof queueActions;

/**
 * An SQS queue is a Regional service: it keeps copies of each message in several AZs, so an AZ
 * outage does not reach it, but a Region outage does. While `unavailable`, sends fail (the requests
 * that make them fail) and nothing is drained; the messages already stored come back with the
 * Region. Tag `accepting`: sends succeed.
 */
export type QueueEvent = { type: 'REGION_DOWN' } | { type: 'REGION_BACK' };

export const queueMachine = setup({
  types: {} as { events: QueueEvent },
  actions: queueActions,
}).createMachine({
  id: 'queue',
  initial: 'available',
  states: {
    available: { tags: ['accepting'], on: { REGION_DOWN: { target: 'unavailable', actions: ['reportInterrupted'] } } },
    unavailable: { on: { REGION_BACK: { target: 'available', actions: ['reportRecovered'] } } },
  },
});
export type QueueState = StateNameOf<typeof queueMachine>;
