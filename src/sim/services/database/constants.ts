/** RDS (DOMAIN §6). */
export const DATABASE = {
  /** Multi-AZ failover typically 60–120 s: each failover draws uniformly from this band. */
  failoverMinTicks: 60,
  failoverMaxTicks: 120,
  /** Transaction logs go to S3 every 5 minutes: the point-in-time-restore RPO. */
  logUploadIntervalTicks: 300,
  /** Restoring into a new instance: game value, tens of minutes for a small database. */
  restoreTicks: 1200,
  /** A new standby is rebuilt after a failover before the pair is protected again. */
  standbyRebuildTicks: 600,
  /**
   * Converting a running single-AZ database to Multi-AZ (snapshot, standby volumes hydrated from
   * it, then synchronous replication): AWS gives no figure for the conversion itself; a SQL Server
   * mirror rebuild degrades availability "for about 30–90 minutes … in the same way … as a
   * conversion from Single-AZ to Multi-AZ" (DOMAIN §15.7). The low end, for the game's small databases.
   */
  multiAzConversionTicks: 1800,
  /**
   * Creating a read replica: a snapshot of the source, then replication (DOMAIN §15.7). AWS gives no
   * wall-clock figure; it grows with the database. Game values for a small database: 15 minutes in
   * the source's Region, 30 minutes across Regions (the snapshot is copied first; "tens of minutes to hours").
   */
  replicaCreateTicks: 900,
  crossRegionReplicaCreateTicks: 1800,
  /** Read-replica promotion "can take several minutes". */
  promoteTicks: 300,
  /** Asynchronous replication lag of a cross-region or read replica, seconds. */
  replicaLagTicks: 2,
  /** Restoring from a backup copied to another Region: copy, then restore (game value, about an hour). */
  crossRegionRestoreTicks: 3600,
  /** Aurora Global Database promotes a secondary Region "in under a minute" (DOMAIN §6). */
  globalPromoteTicks: 60,
  /** Multi-AZ bills roughly 2× single-AZ (DOMAIN §8, [UNCONFIRMED]). */
  multiAzPriceFactor: 2,
  /** RDS allows up to 15 read replicas per source (DOMAIN §6). */
  maxReplicas: 15,
} as const;

/** Database instance prices, µ$/h (us-east-1 MySQL/PostgreSQL single-AZ; [UNCONFIRMED] list prices). */
export const DATABASE_SIZES = {
  'db.t3.micro': 17_000,
  'db.m5.large': 171_000,
  'db.m5.xlarge': 342_000,
  'db.m5.2xlarge': 684_000,
} as const;
export type DatabaseSize = keyof typeof DATABASE_SIZES;
export const DATABASE_SIZE_NAMES = Object.keys(DATABASE_SIZES) as DatabaseSize[];

/** Snapshot and backup storage at S3 Standard $0.023 per GB-month (DOMAIN §8). */
export const SNAPSHOT_GB_MONTH_MICROS = 23_000;
