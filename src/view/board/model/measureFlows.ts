import { type World } from '../../../sim';
import { balancerZoneRps, endpointFlows, type EndpointFlow } from '../../../sim/readModel';

export type { EndpointFlow };

export interface Flows {
  demandRps: number;
  endpoints: EndpointFlow[];
  /** Requests per second each load balancer sent into each AZ last tick: `${lbId} ${zoneId}` → rps. */
  lbZoneRps: Map<string, number>;
}

/** The simulated flows of the last tick, as the simulation published them (line widths, labels, particles). */
export function measureFlows(world: World): Flows {
  return { demandRps: world.flows.demandRps, endpoints: endpointFlows(world), lbZoneRps: balancerZoneRps(world) };
}
