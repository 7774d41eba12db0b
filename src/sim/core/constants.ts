/** Time and money units shared by every kind. One tick is one second of simulated time. */
export const TICK_SECONDS = 1;
export const SECONDS_PER_HOUR = 3600;
/** AWS bills monthly rates (GB-month) over a 730-hour month. */
export const SECONDS_PER_BILLING_MONTH = 730 * 3600;
export const GB = 1_000_000_000;
