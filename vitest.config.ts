import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The slow proofs, measured on a 2-core machine (`npx vitest run --reporter=verbose`): each file
 * runs whole levels over several seeds, re-simulates many runs, shrinks property tests or spawns
 * the CLIs, and takes seconds. Everything else is the fast loop (`npm run test:fast`). A new slow
 * test joins them by its name (`*.proof.test.ts`) or by a line here; files are never moved for it.
 */
const PROOFS = [
  'tests/unit/**/*.proof.test.ts',
  'tests/unit/simProperties.test.ts',
  'tests/unit/campaign.test.ts',
  'tests/unit/simDeterminism.test.ts',
  'tests/unit/cli/cli.test.ts',
  'tests/unit/classroom/classroomFlow.test.ts',
  'tests/unit/levels/properties.test.ts',
  'tests/unit/proveLevel.test.ts',
];

// Replaces (does not merge with) vite.config.ts; only unit tests, never the Playwright specs.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Vitest keeps a core for its main process, which idles during a run: on 2 cores that halves the
    // work done. One worker per core measured fast 33 s → 19 s and proofs 56 s → 40 s here.
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'fast', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, ...PROOFS] } },
      { extends: true, test: { name: 'proofs', include: PROOFS } },
    ],
  },
});
