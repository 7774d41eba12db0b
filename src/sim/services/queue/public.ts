/**
 * The queue kind's public face: what the view, the levels and the tests may use of it (lint allows
 * src/sim/services/<kind>/public.ts beside src/sim/index.ts and src/sim/readModel.ts).
 */
export { queueRequestsMicros } from './billing';
export { QUEUE, QUEUE_REQUEST_MILLION_MICROS } from './constants';
export { oldestMessageAgeSeconds } from './createQueue';
export type { QueueState } from './machine';
export type { QueueSpec } from './spec';
export type { Queue, QueueBatch } from './state';
