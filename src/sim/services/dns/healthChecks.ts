import type { SystemDef } from '../../core/serviceKind';
import type { World } from '../../core/world';
import { findInstance } from '../instance/findInstance';
import { isServing } from '../instance/tags';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { refreshDnsAnswer } from './answer';
import type { DnsEndpoint } from './state';

/**
 * Route 53 health checks and the DNS answer. Checkers probe every 30 s; an endpoint flips after
 * `failureThreshold` (3) results in a row, so detection takes ≈ 90 s, and clients keep using cached
 * answers until their TTL (60 s) runs out: DNS failover ≈ 1.5–3 min (DOMAIN §7.2).
 */
export const dnsHealthChecks: SystemDef = {
  name: 'dns.healthChecks',
  phase: 'dnsHealth',
  run(world, { up, events }) {
    const dns = world.dns;
    if (dns.endpoints.length === 0 || world.tick % dns.intervalTicks !== 0) return;
    for (const ep of dns.endpoints) {
      if (probe(world, ep, up)) {
        ep.okStreak += 1;
        ep.failStreak = 0;
        if (!ep.healthy && ep.okStreak >= dns.failureThreshold) {
          ep.healthy = true;
          events.push({ tick: world.tick, type: 'dns.endpointHealthy', subject: ep.id });
        }
      } else {
        ep.failStreak += 1;
        ep.okStreak = 0;
        if (ep.healthy && ep.failStreak >= dns.failureThreshold) {
          ep.healthy = false;
          events.push({ tick: world.tick, type: 'dns.endpointUnhealthy', subject: ep.id, detail: `${ep.failStreak} failed checks` });
        }
      }
    }
    refreshDnsAnswer(world, events);
  },
};

/** Alias records "evaluate target health": a load balancer is healthy while any target is. */
function probe(world: World, ep: DnsEndpoint, up: ReadonlySet<string>): boolean {
  if (ep.targetKind === 'loadBalancer') {
    const lb = findLoadBalancer(world, ep.targetId);
    if (!lb || lb.activeFromTick > world.tick) return false;
    return lb.targets.some((t) => {
      if (t.health !== 'healthy') return false;
      const inst = findInstance(world, t.instanceId);
      return !!inst && up.has(inst.zoneId);
    });
  }
  const inst = findInstance(world, ep.targetId);
  return !!inst && isServing(inst, world.tick) && up.has(inst.zoneId);
}
