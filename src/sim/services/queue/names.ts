/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const QUEUE_EVENTS = ['queue.created', 'queue.interrupted', 'queue.recovered', 'queue.retentionChanged', 'queue.messagesExpired'] as const;
export const QUEUE_LEDGER = ['queues'] as const;
export const QUEUE_CAUSES = ['queue'] as const;
