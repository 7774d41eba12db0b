import type { Stage } from '../../traffic/stage';
import { splitByWeights } from '../../traffic/splitByWeights';
import { effectiveWeights } from './answer';

/** Users arrive through DNS: each endpoint gets its share of demand as clients' cached answers say. */
export const dnsStage: Stage = {
  role: 'entry',
  enter(world, requests, router) {
    const dns = world.dns;
    const shares = splitByWeights(requests, effectiveWeights(dns, world.tick));
    for (let e = 0; e < dns.endpoints.length; e++) {
      const share = shares[e] ?? 0;
      if (share === 0) continue;
      world.flows.endpointRps[e] = share;
      router.fold(router.deliver(dns.endpoints[e]!.targetId, share), share);
    }
  },
};
