import type { Alarms } from '../../core/alarms';
import type { Purchase, Tenancy } from './constants';
import type { InstanceState } from './machine';

export interface InstanceSlice {
  instances: Instance[];
  /** When some instance has something due: a deadline, its app coming up, a spot reclaim (the lifecycle looks only then). */
  instanceAlarms: Alarms;
  /** The earliest tick a terminated instance is due to leave the World (Infinity: none). */
  pruneDueTick: number;
  /** The fleet's billing rates, kept up to date as instances change (billing.ts). */
  billRates: BillRates;
}

export interface Instance {
  id: string;
  regionId: string;
  zoneId: string;
  subnetId: string;
  /** e.g. "m5.large" (see instanceTypes.ts). */
  type: string;
  /** Requests per second this type serves at 100 % utilisation (cached from the type ladder). */
  capacityRps: number;
  purchase: Purchase;
  tenancy: Tenancy;
  state: InstanceState;
  stateSinceTick: number;
  /** When the current transitional state (pending, stopping, rebooting, shuttingDown) ends. */
  deadlineTick: number;
  /** The application accepts requests from this tick (null while not running). */
  appReadyTick: number | null;
  /** When this instance last entered running: per-second billing with a 60 s minimum from here. */
  runningSinceTick: number;
  /** A load balancer to join once the instance is running (ASG members and manual launches). */
  attachOnRunning: string | null;
  diskGb: number;
  scalingGroupId: string | null;
  /** In-memory sessions held by this instance (lost when it stops, reboots or terminates). */
  sessions: number;
  /** Grey failure: serves slowly but passes health checks, until this tick. */
  greyUntilTick: number;
  /** A spot interruption notice was given: the instance is reclaimed at this tick. */
  spotReclaimTick: number | null;
  terminatedTick: number | null;
}

/** The fleet's rates: compute of what runs, disks of what is not terminated, Dedicated fees. */
export interface BillRates {
  computeMicrosPerHour: number;
  diskGb: number;
  /** Dedicated Hosts held (billed whether or not their instance runs). */
  hosts: number;
  /** Dedicated Instances running per Region (a Region with any pays its hourly fee). */
  dedicatedRunningByRegion: Record<string, number>;
}
