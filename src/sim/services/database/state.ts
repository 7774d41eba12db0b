import type { DatabaseSize } from './constants';
import type { DatabaseState } from './machine';

export interface DatabaseSlice {
  databases: Database[];
}

export interface ReadReplica {
  id: string;
  regionId: string;
  zoneId: string;
  /** 'creating' until `readyTick`: it serves no reads and cannot be promoted while it is built. */
  state: 'creating' | 'available' | 'down' | 'promoting';
  readyTick: number;
}

export interface Snapshot {
  id: string;
  databaseId: string;
  tick: number;
  sizeGb: number;
}

export interface Database {
  id: string;
  regionId: string;
  size: DatabaseSize;
  multiAz: boolean;
  primaryZoneId: string;
  standbyZoneId: string | null;
  /** A new standby is being built until this tick (no synchronous protection before it). */
  standbyReadyTick: number;
  state: DatabaseState;
  deadlineTick: number;
  /** Where the primary comes back after a restore. */
  pendingZoneId: string | null;
  backupsEnabled: boolean;
  /** Last transaction-log upload: the latest restorable time. */
  lastLogUploadTick: number;
  /** When the primary was lost without a synchronous standby (null while it has not been). */
  lostAtTick: number | null;
  storageGb: number;
  replicas: ReadReplica[];
  snapshots: Snapshot[];
}
