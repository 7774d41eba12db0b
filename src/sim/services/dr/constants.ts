/**
 * Deploying an application stack (load balancer, launch template, Auto Scaling group) from
 * templates in the DR Region during a pilot-light or backup-and-restore failover: game value,
 * 15 minutes, what makes those postures' RTO "10s of minutes" and more (DOMAIN §7.1).
 */
export const DR_STACK_DEPLOY_TICKS = 900;

export const DR_POSTURES = ['backupRestore', 'pilotLight', 'warmStandby', 'activeActive'] as const;
export type DrPosture = (typeof DR_POSTURES)[number];

/** Each posture as players read it (messages and the DR form), never its identifier. */
export const DR_POSTURE_NAMES: Readonly<Record<DrPosture, string>> = {
  backupRestore: 'backup & restore',
  pilotLight: 'pilot light',
  warmStandby: 'warm standby',
  activeActive: 'multi-site active/active',
};
