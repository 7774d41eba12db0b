// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Not type-aware on purpose: it keeps `npm run lint` fast, and `tsc` already does the type checking.
 *
 * The boundaries from docs/ARCHITECTURE ("Boundaries that keep the house livable") live here so they
 * cannot rot; tests/unit/lintBoundary.test.ts proves they bite.
 */

const DETERMINISTIC = 'The simulation is deterministic (same level, seed and commands, same World in Node and in the browser):';
const CLOCK = `${DETERMINISTIC} it counts ticks (world.tick) and never reads a clock.`;
const RANDOM = `${DETERMINISTIC} randomness lives in the World's rng state (nextFloat/nextInt in src/sim/rng.ts).`;
const TIMER = `${DETERMINISTIC} time is a deadline tick in state, never a timer; src/runtime turns real time into steps.`;
const NO_DOM = `${DETERMINISTIC} it has no DOM, network or storage, only the World and the commands.`;

/** Clocks, timers, randomness and the DOM: everything the simulation must never read. */
const SIM_FORBIDDEN_GLOBALS = [
  { name: 'Date', message: CLOCK },
  { name: 'performance', message: CLOCK },
  { name: 'process', message: `${DETERMINISTIC} no process clocks or environment variables.` },
  ...['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'requestAnimationFrame', 'requestIdleCallback'].map(
    (name) => ({ name, message: TIMER }),
  ),
  { name: 'crypto', message: RANDOM },
  ...['window', 'document', 'navigator', 'self', 'localStorage', 'sessionStorage', 'fetch'].map((name) => ({ name, message: NO_DOM })),
];

/** Folder depth below src/sim (and src/shared) that the import boundary covers: see importBoundary. */
const MAX_SIM_DEPTH = 6;

/**
 * A regex for no-restricted-imports that matches every import source a file `depth` folders below
 * `<root>` must NOT use. Allowed: the package 'xstate', relative paths that stay inside `<root>`
 * ('./x', '../x' up to `depth` levels), and paths that climb exactly to src/ and go into one of
 * `siblings` ('../shared/result' from src/sim/x.ts). Everything else, including packages, node:
 * modules and paths with '..' in the middle, matches and is an error.
 * @param {number} depth @param {string[]} siblings @param {string[]} packages
 */
function forbiddenImportRegex(depth, siblings, packages) {
  const segment = '(?!\\.\\.?(?:/|$))[^/]+';
  const rest = `(?:/${segment})*`;
  const inside = depth === 0 ? `\\./${segment}${rest}` : `(?:\\./|(?:\\.\\./){1,${depth}})${segment}${rest}`;
  const toSrc = '(?:\\.\\./)'.repeat(depth + 1);
  const sibling = `${toSrc}(?:${siblings.join('|')})(?:/${segment})*`;
  const pkgs = packages.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const allowed = [inside, sibling, ...pkgs].join('|');
  return `^(?!(?:${allowed})$)`;
}

/**
 * One config block per folder depth, because which '../' paths stay inside depends on the depth.
 * @param {{ root: string, siblings: string[], packages: string[], message: string }} boundary
 * @returns {import('eslint').Linter.Config[]}
 */
function importBoundary({ root, siblings, packages, message }) {
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [];
  for (let depth = 0; depth <= MAX_SIM_DEPTH; depth += 1) {
    blocks.push({
      files: [`${root}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: forbiddenImportRegex(depth, siblings, packages), message }] },
        ],
      },
    });
  }
  return [
    {
      // Deeper than MAX_SIM_DEPTH: flatten the folder rather than extend the rule.
      files: [`${root}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '.*', message: `Keep ${root} at most ${MAX_SIM_DEPTH} folders deep. ${message}` }] },
        ],
      },
    },
    ...blocks,
  ];
}

/** @type {import('eslint').Linter.RulesRecord} */
const pureRules = {
  'no-restricted-globals': ['error', { globals: SIM_FORBIDDEN_GLOBALS, checkGlobalObject: true }],
  'no-restricted-properties': [
    'error',
    {
      object: 'Math',
      property: 'random',
      message: RANDOM,
    },
    {
      object: 'globalThis',
      property: 'crypto',
      message: RANDOM,
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: 'ImportExpression',
      message: 'No dynamic import() in the simulation: it imports only src/sim, src/shared and xstate, statically.',
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/e2e/**'],
    // page.evaluate callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // src/sim: pure and deterministic; imports only src/sim, src/shared and xstate.
  {
    files: ['src/sim/**'],
    // Only language built-ins: no browser or Node globals, so a stray `window` cannot look legitimate.
    languageOptions: { globals: { ...globals.es2022 } },
    rules: pureRules,
  },
  ...importBoundary({
    root: 'src/sim',
    siblings: ['sim', 'shared'],
    packages: ['xstate'],
    message: `${DETERMINISTIC} src/sim imports only src/sim, src/shared and 'xstate' (no view, audio, runtime, levels, Phaser, Howler or Node modules).`,
  }),

  // src/shared: tiny helpers the simulation imports, so it is held to the same rules (and imports only itself).
  {
    files: ['src/shared/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: pureRules,
  },
  ...importBoundary({
    root: 'src/shared',
    siblings: ['shared'],
    packages: [],
    message: 'src/shared imports only src/shared: the simulation depends on it, so it stays framework-free and deterministic.',
  }),

  // src/levels: may use the simulation's types and src/shared, never the view, audio, runtime or flow.
  {
    files: ['src/levels/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(?:^|/)(?:view|audio|runtime|flow|main)(?:/|$)',
              message: 'src/levels turns level JSON into a Scenario: it may use src/sim and src/shared, never the view, audio, runtime or game flow.',
            },
            {
              regex: '^(?:phaser|howler)(?:/|$)',
              message: 'src/levels is UI-free: it runs in Node (CLI, tests) as well as in the browser.',
            },
          ],
        },
      ],
    },
  },
);
