/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const DATABASE_EVENTS = ['database.primaryLost', 'database.failoverStarted', 'database.failedOver', 'database.down', 'database.restoreStarted', 'database.restored', 'database.promotionStarted', 'database.promoted', 'database.replicaAdded', 'database.replicaReady', 'database.snapshotTaken', 'database.multiAzEnabled', 'database.created', 'database.dataLost'] as const;
export const DATABASE_LEDGER = ['databases', 'snapshots'] as const;
export const DATABASE_CAUSES = ['database'] as const;
