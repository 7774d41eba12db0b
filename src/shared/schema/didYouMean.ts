/** Character comparisons one suggestion may spend: a hostile level cannot make hints slow. */
const WORK_BUDGET = 250_000;

/**
 * The closest candidate to a misspelt name, or undefined when nothing is close. Case is ignored and
 * a swap of two neighbouring letters counts as one edit ("zoen" → "zone").
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 100) return undefined;
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let work = 0;
  for (const candidate of candidates) {
    work += (input.length + 1) * (candidate.length + 1);
    if (work > WORK_BUDGET) break;
    const allowed = Math.max(1, Math.floor(candidate.length / 3));
    if (Math.abs(candidate.length - input.length) > allowed) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
