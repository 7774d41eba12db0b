/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const SESSION_EVENTS = ['sessions.lost', 'sessions.modeChanged'] as const;
export const SESSION_LEDGER = ['sessionStore'] as const;
export const SESSION_CAUSES = ['session'] as const;
