/**
 * The ranges docs/commands.md § 4 documents for command values, which the command schemas leave to
 * each command's `check` (the schemas allow ±10⁹, so that a refusal can name the real range). They
 * are the one per-command fact the test helpers state: definitelyInvalid judges by them, and
 * commandArb draws most numbers inside them so that commands are often legal. Were the schemas in
 * src/sim to carry these ranges, arbitraryFor would read them there and this file would go.
 *
 * Keys are field paths: `healthCheck.intervalSeconds` inside an object, `weights.*` for every value
 * of a map. Rules that depend on other fields (min ≤ desired ≤ max, a CPU target of at most 100 %,
 * spikePct only for traffic.spike) are in definitelyInvalid.
 */

export interface DocumentedRange {
  readonly min: number;
  /** Infinity: no upper limit (a script's own duration bounds it). */
  readonly max: number;
  readonly whole: boolean;
  /** Test generators draw most values up to here: the sizes and times a script plays with. */
  readonly typical?: number;
}

const SIZE: DocumentedRange = { min: 0, max: 1000, whole: true, typical: 6 };
const UP_TO_AN_HOUR: DocumentedRange = { min: 0, max: 3600, whole: true, typical: 600 };
const THRESHOLD: DocumentedRange = { min: 2, max: 10, whole: true };

export const DOCUMENTED_RANGES: Readonly<Record<string, Readonly<Record<string, DocumentedRange>>>> = {
  'loadBalancer.configure': {
    'healthCheck.intervalSeconds': { min: 5, max: 300, whole: true },
    'healthCheck.unhealthyThreshold': THRESHOLD,
    'healthCheck.healthyThreshold': THRESHOLD,
  },
  'scalingGroup.create': { min: SIZE, max: SIZE, desired: SIZE },
  'scalingGroup.configure': { min: SIZE, max: SIZE, desired: SIZE, warmupSeconds: UP_TO_AN_HOUR, cooldownSeconds: UP_TO_AN_HOUR },
  'scalingGroup.schedule': { atSeconds: { min: 0, max: Number.POSITIVE_INFINITY, whole: true, typical: 3600 }, min: SIZE, max: SIZE, desired: SIZE },
  'fault.inject': { durationSeconds: { min: 0, max: 86_400, whole: true, typical: 1800 } },
  'dns.setWeights': { 'weights.*': { min: 0, max: 255, whole: true } },
};

export const inRange = (r: DocumentedRange, v: number): boolean => Number.isFinite(v) && v >= r.min && v <= r.max && (!r.whole || Number.isInteger(v));

/** Every value of a command that has a documented range, with its path and range. */
export function rangedValues(type: string, cmd: Readonly<Record<string, unknown>>): { path: string; value: unknown; range: DocumentedRange }[] {
  const out: { path: string; value: unknown; range: DocumentedRange }[] = [];
  for (const [path, range] of Object.entries(DOCUMENTED_RANGES[type] ?? {})) {
    const [field, inner] = path.split('.') as [string, string | undefined];
    const v = cmd[field];
    if (inner === undefined) {
      if (v !== undefined) out.push({ path, value: v, range });
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) if (inner === '*' || inner === k) out.push({ path: `${field}.${k}`, value: x, range });
    }
  }
  return out;
}
