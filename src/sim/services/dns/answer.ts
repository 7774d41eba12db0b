import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { splitByWeights } from '../../traffic/splitByWeights';
import type { Dns } from './state';

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
  if (dns.policy !== 'weighted') return perMille(eps.map(() => 1));
  return perMille(weightedShares(eps));
}

/**
 * Route 53's weighted routing with health checks: healthy records by weight; if every healthy record
 * has weight 0, those share equally; if none is healthy, all of them by weight, as if healthy. A
 * group whose weights are all 0 is served equally ("If you set Weight to 0 for all of the records in
 * the group, traffic is routed to all healthy resources with equal probability").
 */
function weightedShares(eps: Dns['endpoints']): number[] {
  const healthy = eps.map((e) => (e.healthy ? e.weight : 0));
  if (healthy.some((w) => w > 0)) return healthy;
  if (eps.some((e) => e.healthy)) return eps.map((e) => (e.healthy ? 1 : 0));
  const all = eps.map((e) => e.weight);
  return all.some((w) => w > 0) ? all : eps.map(() => 1);
}

/** Splits 1000 per-mille in proportion to weights. */
export function perMille(weights: number[]): number[] {
  return splitByWeights(1000, weights);
}

/** What clients use now: cached answers expire evenly over the TTL after a change. */
export function effectiveWeights(dns: Dns, now: number): number[] {
  return [...effectiveInto([], dns, now)];
}

/**
 * effectiveWeights without a copy: the answer itself once clients have all followed it (most ticks),
 * else the blend written into `out`. The result is read-only.
 */
export function effectiveInto(out: number[], dns: Dns, now: number): readonly number[] {
  const elapsed = now - dns.answerChangedTick;
  if (dns.previousAnswer.length !== dns.answer.length || elapsed >= dns.ttlTicks) return dns.answer;
  out.length = dns.answer.length;
  for (let i = 0; i < dns.answer.length; i++) {
    const from = dns.previousAnswer[i] ?? 0;
    out[i] = from + ((dns.answer[i]! - from) * elapsed) / dns.ttlTicks;
  }
  return out;
}

/** Adds an endpoint mid-run (a DR Region's): per-endpoint arrays stay aligned; it starts with no cached share. */
export function addEndpoint(world: World, endpoint: World['dns']['endpoints'][number], events: EventSink): void {
  const dns = world.dns;
  dns.endpoints.push(endpoint);
  dns.previousAnswer = [...dns.previousAnswer, 0];
  dns.answer = [...dns.answer, 0];
  refreshDnsAnswer(world, events);
}
