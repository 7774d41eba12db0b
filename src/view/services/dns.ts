import { contains, rect } from '../board/layout/geometry';
import type { EntityView } from './entityView';
import type { ServiceView } from './serviceView';

/**
 * The whole service, selected through its front door: the DNS box at the top of the board. Its row
 * in the estate list shows the service's own setting, where sessions live (the session store has
 * no entity of its own; its action is offered here too, see sessionStore.ts).
 */
const service: EntityView = {
  kind: 'service',
  heading: () => 'The service',
  describe(world) {
    const dns = world.dns;
    return `DNS · ${dns.policy} routing · TTL ${dns.ttlTicks} s · ${dns.endpoints.length} endpoint${dns.endpoints.length === 1 ? '' : 's'}`;
  },
  where: () => ({}),
  estate: {
    under: '',
    items: (world) => [{ id: '', label: 'Service', detail: `sessions in ${world.sessions.mode}` }],
  },
  board: {
    band: 'top',
    // The lines just under the box stand for the service too.
    hit: (l, x, y) => (contains(rect(l.dns.x, l.dns.y, l.dns.w, l.dns.h + 6), x, y) ? '' : null),
    outline: (l) => l.dns,
  },
};

/** Route 53: the service's name, its routing policy and health checks. Weights have no control yet. */
export const dnsView: ServiceView = {
  simKind: 'dns',
  entities: [service],
  events: {
    'dns.endpointUnhealthy': { log: (s) => `DNS health check: ${s} unhealthy`, incident: { detects: (e) => `DNS health check failed for ${e.subject}` } },
    'dns.endpointHealthy': { log: (s) => `DNS health check: ${s} healthy` },
    'dns.answerChanged': { log: (_s, d) => `DNS ${d}; clients follow as their TTL expires`, incident: { mitigates: (e) => `DNS ${e.detail ?? 'answer changed'}` } },
  },
};
