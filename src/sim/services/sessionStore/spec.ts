import { oneOf, optional } from '../../../shared/schema/dsl';

export const SESSION_MODES = ['memory', 'store'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** Off-host session store: a small ElastiCache node, Multi-AZ pair ([UNCONFIRMED] $0.034/h; DOMAIN §8). */
export const SESSION_STORE_HOUR_MICROS = 34_000;

export const sessionEstate = {
  sessions: optional(oneOf(SESSION_MODES, { description: 'Where user sessions live: on each instance (lost with it) or in a shared store ($0.034/h).', noun: 'session mode' }), { default: 'memory' }),
} as const;
