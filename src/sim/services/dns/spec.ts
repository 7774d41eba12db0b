import type { LevelIds } from '../../core/serviceKind';
import { array, integer, object, oneOf, optional, required, type Infer } from '../../../shared/schema/dsl';
import { idField } from '../../../shared/schema/fields';

/** Route 53 health checks: 30 s interval, failure threshold 3; recommended TTL 60 s (DOMAIN §7.2). */
export const DNS_DEFAULTS = { intervalTicks: 30, failureThreshold: 3, ttlTicks: 60 } as const;

export const DNS_POLICIES = ['simple', 'failover', 'weighted'] as const;
export type DnsPolicy = (typeof DNS_POLICIES)[number];

export const dnsSpec = object(
  {
    policy: optional(oneOf(DNS_POLICIES, { description: 'Route 53 routing: one answer, primary/secondary failover, or weighted.', noun: 'routing policy' }), { default: 'simple' }),
    ttlSeconds: optional(integer({ description: 'How long clients cache an answer (AWS recommends 60 s for failover).', min: 0, max: 86_400 }), { default: DNS_DEFAULTS.ttlTicks }),
    endpoints: required(
      array(
        object(
          {
            id: required(idField('A unique id for this endpoint, e.g. "shop".')),
            region: required(idField('The Region it serves from.')),
            target: required(idField('A load balancer or instance id in that Region.')),
            role: optional(oneOf(['primary', 'secondary'] as const, { description: 'For failover routing.', noun: 'role' }), { default: 'primary' }),
            weight: optional(integer({ description: 'For weighted routing (Route 53 weights are 0–255).', min: 0, max: 255 }), { default: 1 }),
          },
          { description: 'A DNS record that sends users to a load balancer or an instance.' },
        ),
        { description: 'Where users are sent.', minItems: 1, maxItems: 20 },
      ),
    ),
  },
  { description: 'Route 53: how users find the service.' },
);
export type DnsSpec = Infer<typeof dnsSpec>;

export const dnsEstate = { dns: optional(dnsSpec) } as const;

/** Level ids: the DNS endpoints. */
export const dnsLevelIds: LevelIds = {
  noun: ['DNS endpoint', 'DNS endpoints'],
  plurals: ['DNS endpoints'],
  list: (estate) => (estate.dns?.endpoints ?? []).map((x, i) => ({ id: x.id, at: ['estate', 'dns', 'endpoints', i], what: 'a DNS endpoint' })),
};
