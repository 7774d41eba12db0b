/** The engine's own ledger category and failure causes (the kinds add theirs). */
export const CORE_LEDGER = ['transfer'] as const;
/** noRoute: nothing could take the request; slow: served after the latency SLO. */
export const CORE_CAUSES = ['noRoute', 'slow'] as const;
