/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const LOAD_BALANCER_EVENTS = ['loadBalancer.created', 'loadBalancer.active', 'target.registered', 'target.deregistered', 'target.markedHealthy', 'target.markedUnhealthy'] as const;
export const LOAD_BALANCER_LEDGER = ['loadBalancers'] as const;
export const LOAD_BALANCER_CAUSES = ['deadTarget'] as const;
