/** ALB target-group health-check defaults (DOMAIN §5.1). */
export const LB_HEALTH_CHECK = { intervalTicks: 30, unhealthyThreshold: 2, healthyThreshold: 5 } as const;
/** Load balancers take minutes to provision (game value; the console shows "provisioning"). */
export const LB_PROVISION_TICKS = 180;
/** Prices in µ$ (DOMAIN §5.3). */
export const LB_PRICES = {
  /** ALB $0.0225 per LB-hour; partial hours bill as full hours. */
  loadBalancerHourMicros: 22_500,
  /** $0.008 per LCU-hour; 1 LCU = 1 GB/h processed (the bytes dimension only, in this model). */
  lcuHourMicros: 8_000,
} as const;
