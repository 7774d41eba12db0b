import type { EventSink } from '../events';
import type { Dns, DnsEndpoint, World } from '../model/world';
import { isServing } from '../instanceOps';
import { findInstance, findLoadBalancer } from '../lookup';
import { splitByWeights } from './splitByWeights';

/**
 * Route 53 health checks and the DNS answer. Checkers probe every 30 s; an endpoint flips after
 * `failureThreshold` (3) results in a row, so detection takes ≈ 90 s, and clients keep using cached
 * answers until their TTL (60 s) runs out: DNS failover ≈ 1.5–3 min (DOMAIN §7.2).
 */
export function checkDnsHealth(world: World, up: Set<string>, events: EventSink): void {
  const dns = world.dns;
  if (dns.endpoints.length === 0 || world.tick % dns.intervalTicks !== 0) return;
  for (const ep of dns.endpoints) {
    const pass = probe(world, ep, up);
    if (pass) {
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
}

/** Alias records "evaluate target health": a load balancer is healthy while any target is. */
function probe(world: World, ep: DnsEndpoint, up: Set<string>): boolean {
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

/** Recomputes what resolvers answer (per-mille per endpoint); clients follow over the TTL. */
export function refreshDnsAnswer(world: World, events: EventSink): void {
  const dns = world.dns;
  const next = dns.pinned ?? answerFor(dns);
  if (dns.answer.length === next.length && dns.answer.every((w, i) => w === next[i])) return;
  dns.previousAnswer = effectiveWeights(dns, world.tick);
  dns.answer = next;
  dns.answerChangedTick = world.tick;
  if (dns.previousAnswer.length > 0) {
    const to = dns.endpoints.filter((_, i) => (next[i] ?? 0) > 0).map((e) => e.id).join(', ');
    events.push({ tick: world.tick, type: 'dns.answerChanged', detail: `now answering ${to || 'nothing'}` });
  }
}

function answerFor(dns: Dns): number[] {
  const eps = dns.endpoints;
  if (dns.policy === 'failover') {
    const primary = eps.findIndex((e) => e.role === 'primary');
    const secondary = eps.findIndex((e) => e.role === 'secondary');
    // Route 53 answers the primary while it is healthy, else a healthy secondary, else the primary.
    const pick = eps[primary]?.healthy || secondary < 0 || !eps[secondary]?.healthy ? primary : secondary;
    return eps.map((_, i) => (i === pick ? 1000 : 0));
  }
  const counted = dns.policy === 'weighted' ? eps.map((e) => (e.healthy ? e.weight : 0)) : eps.map(() => 1);
  const weights = counted.some((w) => w > 0) ? counted : eps.map((e) => e.weight);
  return perMille(weights);
}

/** Splits 1000 per-mille in proportion to weights. */
export function perMille(weights: number[]): number[] {
  return splitByWeights(1000, weights);
}

/** What clients use now: cached answers expire evenly over the TTL after a change. */
export function effectiveWeights(dns: Dns, now: number): number[] {
  const elapsed = now - dns.answerChangedTick;
  if (dns.previousAnswer.length !== dns.answer.length || elapsed >= dns.ttlTicks) return [...dns.answer];
  return dns.answer.map((w, i) => {
    const from = dns.previousAnswer[i] ?? 0;
    return from + ((w - from) * elapsed) / dns.ttlTicks;
  });
}

