import type { World } from '../../core/world';
import type { Database } from './state';

/**
 * A copy of a database (a read replica being created, a DR posture's cross-Region copy) is made
 * from its live source: a snapshot, then replication. While the source is lost (the database down,
 * restoring or promoting, or its Region down) the copy cannot progress; it resumes when the source
 * serves again. A Multi-AZ failover keeps the source: the standby takes over.
 */
export function copySourceLive(world: World, db: Database): boolean {
  if (db.state !== 'available' && db.state !== 'failingOver') return false;
  return world.regions.find((r) => r.id === db.regionId)?.state !== 'down';
}
