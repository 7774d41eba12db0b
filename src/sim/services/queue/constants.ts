/** SQS standard queues (DOMAIN §10, §15.1; docs/model.md "Queues"). */
export const QUEUE = {
  /** Message retention: default 4 days, 60 s to 14 days. */
  defaultRetentionSeconds: 345_600,
  minRetentionSeconds: 60,
  maxRetentionSeconds: 1_209_600,
  /** Messages the consumers delete per second when the level says nothing (game value). */
  defaultDrainRps: 100,
  maxDrainRps: 100_000,
  /** ReceiveMessage and DeleteMessageBatch take up to 10 messages a call. */
  messagesPerBatch: 10,
  /** An idle consumer long-polls: one (billed) empty receive every 20 s, the longest wait. */
  longPollSeconds: 20,
  /** At most this many queues in a level file (a hostile level cannot make the World huge). */
  maxPerLevel: 10,
  /** Arrivals are kept in one batch per minute: the oldest message's age is known to the minute. */
  batchSeconds: 60,
} as const;

/**
 * $0.40 per million requests, standard queues, us-east-1 (https://aws.amazon.com/sqs/pricing/).
 * The first million requests a month are free for the whole account; the game bills from the first
 * request, as it leaves out the EC2 and ELB free tiers too.
 */
export const QUEUE_REQUEST_MILLION_MICROS = 400_000;
