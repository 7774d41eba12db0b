/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const DNS_EVENTS = ['dns.endpointUnhealthy', 'dns.endpointHealthy', 'dns.answerChanged'] as const;
export const DNS_LEDGER = [] as const;
export const DNS_CAUSES = [] as const;
