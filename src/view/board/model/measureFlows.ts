import { effectiveWeights, targetInstances, type Instance, type World } from '../../../sim';

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
}

/**
 * Which instances have been counted in the current measurement: an instance registered with two
 * load balancers is counted once. A stamp per instance (rather than a Set refilled each time) so
 * that measuring a 1,000-instance estate several times a second allocates nothing.
 */
const countedIn = new WeakMap<Instance, number>();
let measurement = 0;

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
  measurement += 1;
  const lbZoneRps = new Map<string, number>();
  const perLb = new Float64Array(world.zones.length);
  for (const lb of world.loadBalancers) {
    perLb.fill(0);
    const { instances, zoneIdx } = targetInstances(world, lb);
    for (let i = 0; i < instances.length; i++) {
      const inst = instances[i];
      const z = zoneIdx[i]!;
      if (!inst || z < 0 || inst.loadRps <= 0 || countedIn.get(inst) === measurement) continue;
      countedIn.set(inst, measurement);
      perLb[z]! += inst.loadRps;
    }
    perLb.forEach((rps, z) => {
      if (rps <= 0) return;
      lbZoneRps.set(`${lb.id} ${world.zones[z]!.id}`, rps);
    });
  }
  return { demandRps, endpoints, lbZoneRps };
}
