/**
 * What the last tick's traffic did, edge by edge, published by the router every tick: the read model
 * the board draws its lines, labels and particles from, so the view never re-derives the routing.
 * Plain data in the World (indexed like the arrays they describe), updated in place.
 */
export interface TrafficFlows {
  /** The tick these flows describe (-1 before the first). */
  tick: number;
  demandRps: number;
  /** Requests sent to each DNS endpoint, indexed like world.dns.endpoints. */
  endpointRps: number[];
  /** Utilisation of the instance an endpoint points at directly, when it could answer (0 otherwise). */
  endpointRho: number[];
  /** Indexed like world.loadBalancers. */
  balancers: BalancerFlow[];
  /** Indexed like world.topology.calls. */
  calls: CallFlow[];
}

export interface BalancerFlow {
  id: string;
  receivedRps: number;
  /** Requests sent into each AZ (indexed like world.zones), to targets that answered and to those that could not. */
  zoneRps: number[];
  /** Utilisation of the in-service targets that could answer, per AZ (one figure for all with cross-zone). */
  liveRho: number[];
  /** Requests per unit of capacity sent to in-service targets that could not answer, per AZ. */
  deadPerCap: number[];
  /**
   * The targets as they were routed to (instance ids) and what each was: 2 = in service and could
   * answer, 1 = in service but could not, 0 = not in service. Rewritten only when the routing changes.
   */
  targets: string[];
  status: number[];
}

export interface CallFlow {
  /** Requests that made the call, and those that failed there. */
  rps: number;
  failedRps: number;
}

export const emptyFlows = (): TrafficFlows => ({ tick: -1, demandRps: 0, endpointRps: [], endpointRho: [], balancers: [], calls: [] });
