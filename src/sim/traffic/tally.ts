/** What one tick's traffic did, for billing (transfer, LCUs), the metrics and the read model. */
export interface TrafficTally {
  requests: number;
  good: number;
  failed: number;
  slow: number;
  /** Kilobytes through load balancers, across AZs and across Regions (to the database). */
  lbKb: number;
  interAzKb: number;
  interRegionKb: number;
  latencyMs: number;
  capacityRps: number;
}

export const emptyTally = (requests = 0): TrafficTally => ({ requests, good: 0, failed: 0, slow: 0, lbKb: 0, interAzKb: 0, interRegionKb: 0, latencyMs: 0, capacityRps: 0 });
