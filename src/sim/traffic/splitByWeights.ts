/**
 * Splits a whole number by weights, largest remainder first (ties to the lower index), so parts stay
 * whole and sum to the total. Writes into `out` (reused every tick: no allocation, no sort).
 */
export function splitInto(out: number[], total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  out.length = n;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += weights[i]!;
  if (sum <= 0 || total <= 0) {
    for (let i = 0; i < n; i++) out[i] = 0;
    return out;
  }
  if (n === 1) {
    out[0] = total;
    return out;
  }
  let given = 0;
  for (let i = 0; i < n; i++) {
    const share = Math.floor((total * weights[i]!) / sum);
    out[i] = share;
    given += share;
  }
  // Hand out what is left one by one to the largest fractional parts, lower index first on a tie.
  for (let left = total - given; left > 0; left--) {
    let best = -1;
    let bestFrac = -1;
    for (let i = 0; i < n; i++) {
      const raw = (total * weights[i]!) / sum;
      const frac = raw - Math.floor(raw);
      // A part that already got its extra one is not picked again (its fraction is spent).
      if (out[i]! > Math.floor(raw)) continue;
      if (frac > bestFrac) {
        bestFrac = frac;
        best = i;
      }
    }
    if (best < 0) break;
    out[best]! += 1;
  }
  return out;
}

/** splitInto with a fresh array (for code off the hot path). */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  return splitInto([], total, weights);
}
