import { DATABASE } from '../model/constants';
import type { World } from '../model/world';

/**
 * Automated backups: RDS uploads transaction logs to S3 every 5 minutes, so the latest restorable
 * time trails by up to 5 minutes — the RPO of a restore (DOMAIN §6). Runs after routing: the writes
 * of this tick are in the upload that happens on this tick.
 */
export function backUpDatabases(world: World): void {
  if (world.tick % DATABASE.logUploadIntervalTicks !== 0) return;
  for (const db of world.databases) {
    if (db.backupsEnabled && db.state === 'available') db.lastLogUploadTick = world.tick;
  }
}
