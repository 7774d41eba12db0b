/**
 * Latency from utilisation, as an M/M/1 queue per instance: mean response = s / (1 − ρ), and the
 * share of requests slower than the SLO is e^(−(1−ρ)·SLO/s). Requests over the SLO count as failed.
 * e^(−x) is computed as (1 − x/1024)^1024 by ten squarings: only × and −, which every engine
 * rounds identically (Math.exp may differ between engines, which would break replays).
 */
export function slowFraction(utilisation: number, serviceMs: number, sloMs: number): number {
  const rho = utilisation < 0.999 ? utilisation : 0.999;
  return expNeg(((1 - rho) * sloMs) / serviceMs);
}

export function meanLatencyMs(utilisation: number, serviceMs: number): number {
  const rho = utilisation < 0.95 ? utilisation : 0.95;
  return serviceMs / (1 - rho);
}

export function expNeg(x: number): number {
  if (x <= 0) return 1;
  let v = 1 - x / 1024;
  if (v <= 0) return 0;
  for (let i = 0; i < 10; i++) v *= v;
  return v;
}
