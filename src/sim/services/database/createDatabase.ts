import type { World } from '../../core/world';
import { otherZone } from '../places/places';
import type { DatabaseSpec } from './spec';
import type { Database } from './state';

/** A database from its spec: available, with its standby (if Multi-AZ) already in sync. */
export function createDatabase(world: World, d: DatabaseSpec): Database {
  return {
    id: d.id,
    regionId: d.region,
    size: d.size ?? 'db.m5.large',
    multiAz: d.multiAz ?? false,
    primaryZoneId: d.zone,
    standbyZoneId: d.multiAz ? (d.standbyZone ?? otherZone(world, d.region, d.zone)) : null,
    standbyReadyTick: 0,
    state: 'available',
    deadlineTick: 0,
    pendingZoneId: null,
    backupsEnabled: d.backups ?? true,
    lastLogUploadTick: 0,
    lostAtTick: null,
    storageGb: d.storageGb ?? 20,
    replicas: (d.replicas ?? []).map((r) => ({ id: r.id, regionId: d.region, zoneId: r.zone, state: 'available' as const, readyTick: 0 })),
    snapshots: [],
  };
}
