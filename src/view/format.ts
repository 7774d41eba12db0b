/** Display formats shared by the DOM panels. */

/** Simulated seconds as hh:mm:ss (hours keep counting past 99). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

const rps = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatRps(value: number): string {
  return `${rps.format(value)} req/s`;
}

export function formatPct(value: number): string {
  return `${value.toFixed(2)} %`;
}

/** A change in an hourly price, signed, to a tenth of a cent: "+$0.096/h", "−$0.096/h". */
export function formatPerHour(micros: number): string {
  return `${micros >= 0 ? '+' : '−'}$${(Math.abs(micros) / 1_000_000).toFixed(3)}/h`;
}

/** Names in a sentence: "Ada", "Ada and Cy", "Ada, Bo and Cy". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
