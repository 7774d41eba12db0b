import fc from 'fast-check';
import { runOne, type Outcome, type OutcomeKind, type Surface } from './surface';

/**
 * One input that took longer than this to read (and, if accepted, to run briefly), twice, is a
 * hang: it is timed again on its own when the first time is over the line.
 */
export const HANG_MS = 2000;

export interface Example {
  /** The input as generated, and the smallest one fast-check shrank it to (when it could). */
  input: string;
  shrunk?: string;
  what: string;
}

export interface SurfaceReport {
  surface: string;
  reads: string;
  tried: number;
  accepted: number;
  crashes: number;
  hangs: number;
  /** Inputs over HANG_MS once that ran under it when timed again on their own: the machine was busy. */
  slowOnce: number;
  broke: number;
  disagreements: number;
  /** The slowest input, ms. */
  slowestMs: number;
  totalMs: number;
  examples: Record<OutcomeKind | 'hang', Example[]>;
}

export interface RunOptions {
  runs: number;
  seed: number;
  /** Examples kept per kind of failure. */
  keep?: number;
  /** Shrink the first example of each kind (a second pass over the same inputs); off in unit tests. */
  shrink?: boolean;
  /** The clock inputs are timed with, ms; performance.now unless a test brings its own. */
  now?: () => number;
  /** Upper bound on one shrink, ms: shrinking an input that re-simulates can take long. */
  shrinkMs?: number;
}

const KINDS: readonly OutcomeKind[] = ['crash', 'broke', 'disagreement'];

/**
 * Feeds `runs` generated inputs to a surface and counts what happened, timing each input. The
 * inputs come from one fast-check seed, so a run is reproducible: the same seed and count give the
 * same inputs. Times are measured, never asserted: a hang is reported, and only a real infinite
 * loop would stall the runner itself.
 */
export async function runSurface<I>(surface: Surface<I>, options: RunOptions): Promise<SurfaceReport> {
  const keep = options.keep ?? 3;
  const now = options.now ?? (() => performance.now());
  const report: SurfaceReport = {
    surface: surface.name,
    reads: surface.reads,
    tried: 0,
    accepted: 0,
    crashes: 0,
    hangs: 0,
    slowOnce: 0,
    broke: 0,
    disagreements: 0,
    slowestMs: 0,
    totalMs: 0,
    examples: { crash: [], broke: [], disagreement: [], hang: [] },
  };
  const note = (kind: OutcomeKind | 'hang', input: I, what: string): void => {
    const list = report.examples[kind];
    if (list.length >= keep) return;
    const shown = surface.show(input);
    // fast-check repeats small inputs; one example of each is enough.
    if (!list.some((e) => e.input === shown)) list.push({ input: shown, what });
  };
  const started = performance.now();
  await fc.check(
    fc.asyncProperty(surface.inputs, async (input) => {
      const t0 = now();
      const out = await runOne(surface, input);
      const ms = now() - t0;
      report.tried += 1;
      report.slowestMs = Math.max(report.slowestMs, ms);
      if (out.accepted) report.accepted += 1;
      if (ms > HANG_MS) {
        // Wall time on a shared machine can spike; a hang is an input that is slow every time.
        const again = await timed(surface, input, now);
        if (again > HANG_MS) {
          report.hangs += 1;
          note('hang', input, `took ${Math.round(ms)} ms, and ${Math.round(again)} ms again`);
        } else report.slowOnce += 1;
      }
      if (out.crash !== undefined) {
        report.crashes += 1;
        note('crash', input, out.crash);
      }
      if (out.broke !== undefined) {
        report.broke += 1;
        note('broke', input, out.broke);
      }
      if (out.disagreement !== undefined) {
        report.disagreements += 1;
        note('disagreement', input, out.disagreement);
      }
      return true;
    }),
    { seed: options.seed, numRuns: options.runs },
  );
  report.totalMs = performance.now() - started;
  if (options.shrink) {
    for (const kind of KINDS) {
      const first = report.examples[kind][0];
      if (first) first.shrunk = await shrinkFirst(surface, kind, options);
    }
  }
  return report;
}

async function timed<I>(surface: Surface<I>, input: I, now: () => number): Promise<number> {
  const t0 = now();
  await runOne(surface, input);
  return now() - t0;
}

/** Replays the same inputs until the first one of this kind, and lets fast-check shrink it. */
async function shrinkFirst<I>(surface: Surface<I>, kind: OutcomeKind, options: RunOptions): Promise<string | undefined> {
  const result = await fc.check(
    fc.asyncProperty(surface.inputs, async (input) => (await runOne(surface, input))[kind] === undefined),
    { seed: options.seed, numRuns: options.runs, interruptAfterTimeLimit: options.shrinkMs ?? 60_000 },
  );
  const found = result.counterexample?.[0];
  return found === undefined ? undefined : surface.show(found);
}

/** Any crash, hang, broken run or disagreement: what makes `npm run fuzz` exit 1. */
export const failed = (r: SurfaceReport): boolean => r.crashes + r.hangs + r.broke + r.disagreements > 0;

export type { Outcome };
