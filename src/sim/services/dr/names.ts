/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const DR_EVENTS = ['dr.postureSet', 'dr.failoverStarted', 'dr.stepCompleted', 'dr.failedOver', 'dr.failbackStarted', 'dr.failedBack'] as const;
export const DR_LEDGER = [] as const;
export const DR_CAUSES = [] as const;
