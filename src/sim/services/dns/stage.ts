import { derivedSlot } from '../../core/derived';
import type { Stage } from '../../traffic/stage';
import { splitInto } from '../../traffic/splitByWeights';
import { effectiveInto } from './answer';

const scratch = derivedSlot('dns.scratch', () => ({ weights: [] as number[], shares: [] as number[] }));

/** Users arrive through DNS: each endpoint gets its share of demand as clients' cached answers say. */
export const dnsStage: Stage = {
  role: 'entry',
  enter(world, requests, router) {
    const dns = world.dns;
    const s = scratch(world);
    const shares = splitInto(s.shares, requests, effectiveInto(s.weights, dns, world.tick));
    for (let e = 0; e < dns.endpoints.length; e++) {
      const share = shares[e] ?? 0;
      if (share === 0) continue;
      world.flows.endpointRps[e] = share;
      router.fold(router.deliver(dns.endpoints[e]!.targetId, share), share);
    }
  },
};
