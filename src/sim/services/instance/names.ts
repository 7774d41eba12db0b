/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const INSTANCE_EVENTS = ['instance.launched', 'instance.started', 'instance.running', 'instance.appReady', 'instance.stopping', 'instance.stopped', 'instance.rebooting', 'instance.rebooted', 'instance.shuttingDown', 'instance.terminated', 'instance.resized', 'instance.spotInterruptionNoticed'] as const;
export const INSTANCE_LEDGER = ['compute', 'disks', 'dedicated'] as const;
export const INSTANCE_CAUSES = ['overload'] as const;
