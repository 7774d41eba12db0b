import { referenceKernel } from '../../scripts/bench/referenceKernel';
import { benchScenario } from '../../scripts/benchScenario';
import { simulate } from '../../src/sim';
for (const n of [30, 300, 3000]) {
  const s = benchScenario(n);
  let t = performance.now(); referenceKernel(s, n, 1); const k = performance.now() - t;
  t = performance.now(); referenceKernel(s, n, 1); const k2 = performance.now() - t;
  t = performance.now(); simulate(s, { seed: 1 }); const sim = performance.now() - t;
  console.log(n, 'kernel', k.toFixed(0), k2.toFixed(0), 'sim', sim.toFixed(0), 'ratio', (sim / k2).toFixed(2));
}
