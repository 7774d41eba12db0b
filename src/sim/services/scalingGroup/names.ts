/** The names this kind adds to the game: its events, ledger categories and failure causes. */
export const SCALING_GROUP_EVENTS = ['scalingGroup.created', 'scalingGroup.scaledOut', 'scalingGroup.scaledIn', 'scalingGroup.replacingUnhealthy', 'scalingGroup.launchFailed', 'scalingGroup.cooledDown'] as const;
export const SCALING_GROUP_LEDGER = [] as const;
export const SCALING_GROUP_CAUSES = [] as const;
