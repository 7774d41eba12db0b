import { effectiveWeights } from '../../../sim/systems/checkDnsHealth';
import { findInstance } from '../../../sim/lookup';
import type { World } from '../../../sim/model/world';

export interface EndpointFlow {
  id: string;
  /** Share of clients using this endpoint now, per-mille (cached answers expire over the TTL). */
  weight: number;
  /** What resolvers answer now, per-mille: where `weight` is heading. */
  answer: number;
  /** Clients are still moving between endpoints as their cached answers expire. */
  shifting: boolean;
  healthy: boolean;
  /** Requests per second sent to it last tick. */
  rps: number;
}

export interface Flows {
  demandRps: number;
  endpoints: EndpointFlow[];
  /** Requests per second each load balancer sent into each AZ last tick: `${lbId} ${zoneId}` → rps. */
  lbZoneRps: Map<string, number>;
  /** Requests per second arriving per AZ (all load balancers and direct DNS). */
  zoneRps: Map<string, number>;
}

/** The simulated flows of the last tick, as the board draws them (line widths, labels, particles). */
export function measureFlows(world: World): Flows {
  const dns = world.dns;
  const demandRps = world.metrics.lastDemandRps;
  const weights = effectiveWeights(dns, world.tick);
  const total = weights.reduce((a, b) => a + b, 0);
  const endpoints = dns.endpoints.map((e, i): EndpointFlow => {
    const weight = weights[i] ?? 0;
    const answer = dns.answer[i] ?? 0;
    return { id: e.id, weight, answer, shifting: Math.abs(weight - answer) >= 0.5, healthy: e.healthy, rps: total > 0 ? (demandRps * weight) / total : 0 };
  });
  const lbZoneRps = new Map<string, number>();
  const zoneRps = new Map<string, number>();
  const counted = new Set<string>();
  for (const lb of world.loadBalancers) {
    for (const t of lb.targets) {
      const inst = findInstance(world, t.instanceId);
      if (!inst || inst.loadRps <= 0 || counted.has(inst.id)) continue;
      counted.add(inst.id);
      const key = `${lb.id} ${inst.zoneId}`;
      lbZoneRps.set(key, (lbZoneRps.get(key) ?? 0) + inst.loadRps);
      zoneRps.set(inst.zoneId, (zoneRps.get(inst.zoneId) ?? 0) + inst.loadRps);
    }
  }
  for (const e of dns.endpoints) {
    if (e.targetKind !== 'instance') continue;
    const inst = findInstance(world, e.targetId);
    if (!inst || inst.loadRps <= 0 || counted.has(inst.id)) continue;
    counted.add(inst.id);
    zoneRps.set(inst.zoneId, (zoneRps.get(inst.zoneId) ?? 0) + inst.loadRps);
  }
  return { demandRps, endpoints, lbZoneRps, zoneRps };
}
