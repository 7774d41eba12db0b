import { verifyResultCode } from '../../src/replays/resultCode';
import { fortyHandIns } from './classCodes';
import { referenceKernel } from './referenceKernel';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (v: number, places = 0) => Math.round(v * 10 ** places) / 10 ** places;

/**
 * `verify-class-40`: the teacher's Class results on forty codes (scripts/bench/classCodes.ts: 30
 * ordinary, 4 heavy, 6 bad), verified one after another by the pure functions in Node, as the
 * verification worker runs them. The reference is the kernel over the same simulated time: one
 * kernel run of the level, estate and seed of every code whose check re-simulates it in full (37 of
 * the 40: a damaged code, a cut one and a re-seeded one are refused before). Reps alternate.
 */
export async function benchVerifyClass(reps: number): Promise<void> {
  const handIns = await fortyHandIns();
  const runs = handIns.flatMap((h) => (h.resimulates ? [h.resimulates] : []));
  const kernel = () => {
    for (const { level, seed } of runs) referenceKernel(level, Math.max(1, level.estate.instances?.length ?? 0), seed);
  };
  const verifyAll = async () => {
    const perCode: number[] = [];
    let verified = 0;
    for (const h of handIns) {
      const start = performance.now();
      if ((await verifyResultCode(h.code, h.label)).ok) verified += 1;
      perCode.push(performance.now() - start);
    }
    return { perCode, verified };
  };
  // Warm the JIT on both (the first ten codes and one kernel pass).
  for (const h of handIns.slice(0, 10)) await verifyResultCode(h.code, h.label);
  kernel();
  const verifyRuns: number[] = [];
  const kernelRuns: number[] = [];
  let last = { perCode: [] as number[], verified: 0 };
  for (let rep = 0; rep < reps; rep++) {
    globalThis.gc?.();
    let start = performance.now();
    kernel();
    kernelRuns.push(performance.now() - start);
    globalThis.gc?.();
    start = performance.now();
    last = await verifyAll();
    verifyRuns.push(performance.now() - start);
  }
  const ratios = verifyRuns.map((v, i) => v / kernelRuns[i]!);
  console.log(
    JSON.stringify({
      case: 'verify-class-40',
      codes: handIns.length,
      // 35, not Class results' 34: the edited copy of a shipped level is self-consistent; only the
      // screen's comparison with the game's own level (checkClassCodes) rejects it.
      verified: last.verified,
      resimulated: runs.length,
      simSeconds: runs.reduce((n, r) => n + r.level.durationSeconds, 0),
      wallMs: round(median(verifyRuns)),
      kernelMs: round(median(kernelRuns)),
      ratio: round(median(ratios), 1),
      ratioRange: [round(Math.min(...ratios), 1), round(Math.max(...ratios), 1)],
      verifyRuns: verifyRuns.map((v) => round(v)),
      kernelRuns: kernelRuns.map((v) => round(v)),
      perCodeMedianMs: round(median(last.perCode)),
      slowestCodeMs: round(Math.max(...last.perCode)),
    }),
  );
}
