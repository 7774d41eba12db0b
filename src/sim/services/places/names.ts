/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const PLACES_EVENTS = ['zone.outageStarted', 'zone.recovering', 'zone.recovered', 'region.outageStarted', 'region.recovering', 'region.recovered'] as const;
export const PLACES_LEDGER = [] as const;
export const PLACES_CAUSES = [] as const;
