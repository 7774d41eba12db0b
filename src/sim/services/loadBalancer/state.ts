export interface LoadBalancerSlice {
  loadBalancers: LoadBalancer[];
}

export type TargetHealth = 'initial' | 'healthy' | 'unhealthy';

export interface Target {
  instanceId: string;
  health: TargetHealth;
  okStreak: number;
  failStreak: number;
  /** Next health-check probe; probes are phased by registration time. */
  nextCheckTick: number;
}

export interface HealthCheckConfig {
  intervalTicks: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
}

export interface LoadBalancer {
  id: string;
  regionId: string;
  zoneIds: string[];
  crossZone: boolean;
  sticky: boolean;
  healthCheck: HealthCheckConfig;
  targets: Target[];
  /** Bumped whenever targets or enabled zones change (the router's caches key on it). */
  targetsVersion: number;
  /** Bumped whenever a target's health flips or a target's capacity changes. */
  healthVersion: number;
  /** Serves traffic from this tick (provisioning before). */
  activeFromTick: number;
  createdTick: number;
}
