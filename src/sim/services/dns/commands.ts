import { fail, ok } from '../../../shared/result';
import { number, record, required, string } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { refreshDnsAnswer } from './answer';

/** Weighted routing: weights per endpoint (0–255 like Route 53); the answer changes now, clients follow over the TTL. */
export const setWeightsCommand = defineCommand({
  type: 'dns.setWeights',
  summary: 'Switch DNS to weighted routing with these weights (0–255 per endpoint); clients follow as their cache expires.',
  fields: {
    weights: required(
      record(string({ description: 'A DNS endpoint id.', maxLength: 200 }), number({ description: 'Its weight, 0–255.', min: -1e9, max: 1e9 }), {
        description: 'Endpoint id → weight.',
        maxItems: 20,
      }),
    ),
  },
  check(world, c) {
    const dns = world.dns;
    for (const [id, w] of Object.entries(c.weights)) {
      if (!dns.endpoints.some((e) => e.id === id)) return fail(`there is no DNS endpoint "${id}" (${dns.endpoints.map((e) => e.id).join(', ')})`);
      if (!Number.isInteger(w) || w < 0 || w > 255) return fail('weights are whole numbers 0–255');
    }
    return ok(true);
  },
  apply(world, c, _ok, events) {
    const dns = world.dns;
    for (const e of dns.endpoints) e.weight = c.weights[e.id] ?? e.weight;
    dns.policy = 'weighted';
    refreshDnsAnswer(world, events);
    return 'weighted';
  },
});
