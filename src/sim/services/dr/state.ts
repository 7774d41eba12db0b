import type { DrPosture } from './constants';
import type { DrState } from './machine';

export interface DrSlice {
  dr: DrPlan | null;
}

export interface DrPlan {
  posture: DrPosture;
  primaryRegionId: string;
  drRegionId: string;
  state: DrState;
  /** The Region traffic and writes are meant to go to now. */
  activeRegionId: string;
  /** Production size in the primary Region when the posture was set: what a failover restores. */
  fleetSize: number;
  instanceType: string;
  /** What the posture keeps in the DR Region. */
  loadBalancerId: string | null;
  endpointId: string | null;
  replicaId: string | null;
  /** The DR Region's fleet: an Auto Scaling group behind the DR load balancer (null until it has one). */
  scalingGroupId: string | null;
  /**
   * When the posture protects: its cross-Region copy of the data (the replica, or the first backup
   * copy) is built by then. A failover before it has nothing to fail over to. 0 for a level's own posture.
   */
  readyTick: number;
  /** When the current failover or failback started. */
  startedTick: number;
  /** A stack being deployed in the DR Region: its instances launch at this tick (null: none pending). */
  launchAtTick: number | null;
}
