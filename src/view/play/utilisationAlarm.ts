/** CloudWatch's usual scale-out line: demand above 85 % of what can serve it. */
export const UTILISATION_ALARM = 0.85;

/** Past this the exact figure tells a class nothing more (and a tiny divisor makes it absurd). */
const MAX_SHOWN_PCT = 999;

export interface UtilisationFigures {
  /** Requests per second wanted (smoothed: demand moves slowly and a single tick is noisy). */
  demandRps: number;
  /**
   * What the instances serving right now can take, requests per second. Not smoothed: capacity
   * moves in steps (an instance boots, an AZ goes down), and a smoothed capacity that decays
   * towards zero without reaching it is what once made this alarm read 323281980 %.
   */
  capacityNowRps: number;
}

/**
 * The utilisation alarm's line, or null while it is OK. With nothing serving it says so in words;
 * otherwise the percentage is demand over capacity now, shown up to 999 % and as "over 999 %"
 * beyond (never NaN, Infinity or a nine-digit figure).
 */
export function utilisationAlarm(f: UtilisationFigures): string | null {
  if (!(f.demandRps > 0)) return null;
  if (!(f.capacityNowRps > 0)) return `Utilisation > ${UTILISATION_ALARM * 100} % (no serving capacity)`;
  const ratio = f.demandRps / f.capacityNowRps;
  if (!(ratio > UTILISATION_ALARM)) return null;
  const pct = Math.round(ratio * 100);
  return `Utilisation > ${UTILISATION_ALARM * 100} % (${pct > MAX_SHOWN_PCT ? `over ${MAX_SHOWN_PCT}` : pct} %)`;
}
