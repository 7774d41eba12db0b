/**
 * The state names of every lifecycle. They are the single source: the XState machines in
 * src/sim/machines use exactly these values, and the World stores the current value.
 */
export const INSTANCE_STATES = ['pending', 'running', 'rebooting', 'stopping', 'stopped', 'shuttingDown', 'terminated'] as const;
export type InstanceState = (typeof INSTANCE_STATES)[number];

export const ZONE_STATES = ['available', 'impaired', 'down', 'recovering'] as const;
export type ZoneState = (typeof ZONE_STATES)[number];

export const REGION_STATES = ['available', 'impaired', 'down', 'recovering'] as const;
export type RegionState = (typeof REGION_STATES)[number];

export const DATABASE_STATES = ['available', 'failingOver', 'down', 'restoring', 'promoting'] as const;
export type DatabaseState = (typeof DATABASE_STATES)[number];

export const SCALING_STATES = ['steady', 'scalingOut', 'scalingIn', 'replacing', 'cooldown'] as const;
export type ScalingState = (typeof SCALING_STATES)[number];

export const DR_STATES = ['normal', 'failingOver', 'failedOver', 'failingBack'] as const;
export type DrState = (typeof DR_STATES)[number];

export const DR_POSTURES = ['backupRestore', 'pilotLight', 'warmStandby', 'activeActive'] as const;
export type DrPosture = (typeof DR_POSTURES)[number];
