import { LEVEL_LIMITS as L } from '../../shared/levelLimits';
import { array, integer, object, optional, required, type Infer } from '../../shared/schema/dsl';
import { idField } from '../../shared/schema/fields';
import type { World } from '../core/world';

/**
 * The request path beyond the front door, as data: which component calls which. DNS sends users to
 * its endpoints' targets (load balancers, instances); what a front component serves then calls the
 * components named here (the kinds whose stage is a `dependency`: databases, and queues, caches and functions as they come). Each call
 * carries the share of served requests that make it.
 */
export const topologySpec = object(
  {
    calls: optional(
      array(
        object(
          {
            from: required(idField('What makes the call: a load balancer (its instances serve the request) or an instance DNS points at.')),
            to: required(idField('What is called: a component on the request path behind the front (a database …).')),
            sharePct: optional(integer({ description: 'Percent of the requests `from` serves that make this call.', min: 1, max: 100 }), { default: 100 }),
          },
          { description: 'One call on the request path.' },
        ),
        { description: 'The calls, in order.', maxItems: L.calls },
      ),
    ),
  },
  { description: 'What the front components call once they have served a request (the request path after DNS and load balancers).' },
);
export type TopologySpec = Infer<typeof topologySpec>;

export interface Call {
  from: string;
  to: string;
  sharePct: number;
}

export interface Topology {
  calls: Call[];
}

export function createTopology(spec: TopologySpec | undefined): Topology {
  return { calls: (spec?.calls ?? []).map((c) => ({ from: c.from, to: c.to, sharePct: c.sharePct ?? 100 })) };
}

/**
 * A front component built during the run (a load balancer the player creates, a DR Region's stack)
 * serves the same application: it calls what the level's front components call.
 */
export function inheritCalls(world: World, frontId: string): void {
  const calls = world.topology.calls;
  if (calls.some((c) => c.from === frontId)) return;
  const seen = new Set<string>();
  const inherited: Call[] = [];
  for (const c of calls) {
    if (seen.has(c.to)) continue;
    seen.add(c.to);
    inherited.push({ from: frontId, to: c.to, sharePct: c.sharePct });
  }
  calls.push(...inherited);
  world.topologyVersion += 1;
}
