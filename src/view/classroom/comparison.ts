import { formatUsd } from '../format';

/** The live comparison line of the side-by-side view, one phrase per axis (never blended). */
export function compareAxes(you: { uptimePct: number; costUsd: number }, par: { uptimePct: number; costUsd: number }): { uptime: string; cost: string } {
  const dUp = Math.round((you.uptimePct - par.uptimePct) * 100) / 100;
  const dCents = Math.round((you.costUsd - par.costUsd) * 100);
  const uptime =
    dUp === 0 ? 'level with par' : dUp > 0 ? `${dUp.toFixed(2)} points ahead of par` : `${(-dUp).toFixed(2)} points behind par`;
  const cost = dCents === 0 ? 'same as par' : dCents > 0 ? `${formatUsd(dCents / 100)} more than par` : `${formatUsd(-dCents / 100)} less than par`;
  return {
    uptime: `Uptime Δ ${dUp > 0 ? '+' : dUp < 0 ? '−' : '±'}${Math.abs(dUp).toFixed(2)} pts: you ${you.uptimePct.toFixed(2)} %, par ${par.uptimePct.toFixed(2)} % (${uptime})`,
    cost: `Cost Δ ${dCents > 0 ? '+' : dCents < 0 ? '−' : '±'}${formatUsd(Math.abs(dCents) / 100)}: you ${formatUsd(you.costUsd)}, par ${formatUsd(par.costUsd)} (${cost})`,
  };
}
