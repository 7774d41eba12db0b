// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Not type-aware on purpose: it keeps `npm run lint` fast, and `tsc` already does the type checking.
 *
 * The boundaries from docs/ARCHITECTURE ("Boundaries that keep the house livable") live here so they
 * cannot rot; tests/unit/lintBoundary.test.ts proves they bite. Every folder of src/ has one, except
 * src/app, the composition root, which may import everything (that test fails for a new folder
 * without one). From the bottom up: shared ← sim ← levels ← replays, runtime, flow ← presentation
 * ← view, audio ← app.
 */

const DETERMINISTIC = 'The simulation is deterministic (same level, seed and commands, same World in Node and in the browser):';
const CLOCK = `${DETERMINISTIC} it counts ticks (world.tick) and never reads a clock.`;
const RANDOM = `${DETERMINISTIC} randomness lives in the World's rng state (nextFloat/nextInt in src/sim/core/rng.ts).`;
const TIMER = `${DETERMINISTIC} time is a deadline tick in state, never a timer; src/runtime turns real time into steps.`;
const NO_DOM = `${DETERMINISTIC} it has no DOM, network or storage, only the World and the commands.`;

/** Calls that move a lifecycle machine and return its Result (advance, transitionInstance, losePrimary …). */
const MACHINE_CALLS = '/^(advance|losePrimary|transition[A-Z][A-Za-z]*)$/';
const MACHINE_REFUSAL =
  'The machines are in charge: this call returns a Result, and a refusal must be handled (if (!r.ok) …), or waved through on purpose with `void` and a comment saying why a refusal changes nothing here.';

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

/** Folder depth below a src/ layer that the import boundaries cover: see importBoundary and layerBoundary. */
const MAX_DEPTH = 6;

/**
 * The relative import paths a file `depth` folders below a layer may use: paths that stay inside
 * the layer ('./x', '../x' up to `depth` levels), and paths that climb exactly to src/ and go into
 * one of `siblings` ('../shared/result' from src/sim/x.ts). '.' and '..' in the middle of a path
 * ('../shared/../view/x') never match, so they cannot smuggle a forbidden folder in.
 * @param {number} depth @param {string[]} siblings
 */
function relativePathsRegex(depth, siblings) {
  const segment = '(?!\\.\\.?(?:/|$))[^/]+';
  const rest = `(?:/${segment})*`;
  const inside = depth === 0 ? `\\./${segment}${rest}` : `(?:\\./|(?:\\.\\./){1,${depth}})${segment}${rest}`;
  const sibling = `${toSrcRegex(depth)}(?:${siblings.join('|')})(?:/${segment})*`;
  return `${inside}|${sibling}`;
}

/** The '../' steps that climb from a file `depth` folders below a layer to src/. @param {number} depth */
function toSrcRegex(depth) {
  return '(?:\\.\\./)'.repeat(depth + 1);
}

/** @param {string} name */
const escapeRegex = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A regex for no-restricted-imports that matches every import source a file `depth` folders below
 * `<root>` must NOT use. Allowed: `packages` (exactly, no subpaths) and the relative paths of
 * relativePathsRegex. Everything else, including other packages and node: modules, matches and is an error.
 * @param {number} depth @param {string[]} siblings @param {string[]} packages
 */
function forbiddenImportRegex(depth, siblings, packages) {
  const allowed = [relativePathsRegex(depth, siblings), ...packages.map(escapeRegex)].join('|');
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
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
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
      // Deeper than MAX_DEPTH: flatten the folder rather than extend the rule.
      files: [`${root}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '.*', message: `Keep ${root} at most ${MAX_DEPTH} folders deep. ${message}` }] },
        ],
      },
    },
    ...blocks,
  ];
}

/**
 * @typedef {{ regex: string, message: string }} ImportPattern
 * @typedef {{
 *   root: string,
 *   layers: string[],
 *   packages: string[],
 *   message: string,
 *   packageMessage: string,
 *   extraPatterns?: (toSrc: string) => ImportPattern[],
 * }} LayerBoundary
 */

/**
 * The import boundary of a layer that may use packages (the UI-free ones are listed as forbidden):
 * relative imports stay inside `root` or climb exactly to src/ and enter one of `layers` (list
 * `root` itself there, for paths like '../../view/x' from deep inside src/view); anything else
 * under src/ (another layer, src/main.ts) or above it is an error. `extraPatterns` get the regex
 * of the '../' steps to src/ at each depth, for rules about single files of an allowed layer.
 * no-restricted-imports does not look at import(), so no-restricted-syntax checks dynamic imports
 * with the same patterns (a lazily loaded chunk crosses a boundary as much as a static import).
 * @param {LayerBoundary} boundary
 * @returns {import('eslint').Linter.Config[]}
 */
function layerBoundary({ root, layers, packages, message, packageMessage, extraPatterns = () => [] }) {
  /** @param {ImportPattern[]} patterns @returns {import('eslint').Linter.RulesRecord} */
  const rules = (patterns) => ({
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      // esquery reads a regex up to its first unescaped '/'.
      ...patterns.map((p) => ({ selector: `ImportExpression[source.value=/${p.regex.replace(/\//g, '\\/')}/]`, message: p.message })),
    ],
  });
  /** @type {import('eslint').Linter.Config[]} */
  const blocks = [{ files: [`${root}/**`], rules: rules([{ regex: '.*', message: `Keep ${root} at most ${MAX_DEPTH} folders deep. ${message}` }]) }];
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    /** @type {ImportPattern[]} */
    const patterns = [{ regex: `^(?=\\.)(?!(?:${relativePathsRegex(depth, layers)})$)`, message }];
    if (packages.length > 0) patterns.push({ regex: `^(?:${packages.map(escapeRegex).join('|')})(?:/|$)`, message: packageMessage });
    patterns.push(...extraPatterns(toSrcRegex(depth)));
    blocks.push({ files: [`${root}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`], rules: rules(patterns) });
  }
  return blocks;
}

/** Phaser draws and Howler plays: only the view and the audio need them, and importing Phaser throws under Node. */
const UI_PACKAGES = ['phaser', 'howler'];
const NODE_TOO = 'it runs in Node (CLI, tests) as well as in the browser, so it loads neither Phaser nor Howler.';

/**
 * The simulation's public face: src/sim/index.ts (commands, World types, the run API),
 * src/sim/readModel.ts (what clients read of a World besides its plain data) and each service kind's
 * src/sim/services/<kind>/public.ts (its types, constants and price formulas for the view, so that a
 * new kind adds its own face instead of a line in index.ts). Every layer above the simulation imports
 * only these, so the inside of src/sim (kinds, systems, caches) can move without touching a client.
 * @param {string} root @returns {(toSrc: string) => ImportPattern[]}
 */
const simPublicOnly = (root) => (toSrc) => [
  {
    regex: `^${toSrc}sim/(?!(?:index|readModel|services/[A-Za-z]+/public)$)`,
    message: `${root} uses the simulation through its public face only: src/sim/index.ts (import from '…/sim'), src/sim/readModel.ts and a kind's src/sim/services/<kind>/public.ts. Export what you need from one of them rather than reaching into src/sim.`,
  },
];

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
    {
      // A machine may refuse an event: the caller decides what a refusal means, in the code.
      selector: `ExpressionStatement > CallExpression[callee.name=${MACHINE_CALLS}]`,
      message: MACHINE_REFUSAL,
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

  // The layers above the simulation, from the bottom up. Each may import the layers listed, itself
  // included; src/app (the composition root) may import everything and has no boundary.

  // src/levels: level JSON → Scenario; may use the simulation's types and src/shared.
  ...layerBoundary({
    root: 'src/levels',
    layers: ['levels', 'sim', 'shared'],
    packages: UI_PACKAGES,
    message: 'src/levels turns level JSON into a Scenario: it may use src/levels, src/sim and src/shared, never the view, audio, runtime, replays, game flow or app.',
    packageMessage: `src/levels is UI-free: ${NODE_TOO}`,
    extraPatterns: simPublicOnly('src/levels'),
  }),

  // src/replays: replay files and result codes, verified by re-simulation.
  ...layerBoundary({
    root: 'src/replays',
    layers: ['replays', 'levels', 'sim', 'shared'],
    packages: UI_PACKAGES,
    message: 'src/replays verifies replays and result codes by re-simulating them (the CLI and the teacher\'s check do too): it may use src/replays, src/levels, src/sim and src/shared, never the view, audio, runtime, game flow or app.',
    packageMessage: `src/replays is UI-free: ${NODE_TOO}`,
    extraPatterns: simPublicOnly('src/replays'),
  }),

  // src/runtime: the only code that reads real time (the fixed-step loop, the session, test hooks).
  ...layerBoundary({
    root: 'src/runtime',
    layers: ['runtime', 'sim', 'shared'],
    packages: UI_PACKAGES,
    message: 'src/runtime turns real time into simulation steps: it may use src/runtime, src/sim and src/shared. The view, audio, flow and app are its clients (they subscribe to a GameSession), never its dependencies.',
    packageMessage: `src/runtime is UI-free: ${NODE_TOO}`,
    extraPatterns: simPublicOnly('src/runtime'),
  }),

  // src/flow: the game-flow machine, catalog, saved progress, settings, deep links.
  ...layerBoundary({
    root: 'src/flow',
    layers: ['flow', 'levels', 'sim', 'shared'],
    packages: UI_PACKAGES,
    message: 'src/flow decides what happens next, not how it is shown, heard or run: it may use src/flow, src/levels, src/sim and src/shared. Sessions, sound and screens reach it through the actions src/app provides to gameFlowMachine.',
    packageMessage: `src/flow is UI-free: ${NODE_TOO}`,
    extraPatterns: simPublicOnly('src/flow'),
  }),

  // src/presentation: the little the view and the audio share (the names of the sound cues), since
  // neither may import the other.
  ...layerBoundary({
    root: 'src/presentation',
    layers: ['presentation', 'sim', 'shared'],
    packages: UI_PACKAGES,
    message: 'src/presentation holds what the view and the audio share (cue names): it may use src/presentation, src/sim and src/shared, never the view, audio, runtime, replays, levels, game flow or app, so both can import it.',
    packageMessage: `src/presentation is UI-free: ${NODE_TOO}`,
    extraPatterns: simPublicOnly('src/presentation'),
  }),

  // src/audio: listens to simulation events and the sound settings; Howler is its own.
  ...layerBoundary({
    root: 'src/audio',
    layers: ['audio', 'presentation', 'sim', 'shared'],
    packages: ['phaser'],
    message: 'src/audio listens to simulation events and the sound settings, nothing else: it may use src/audio, src/presentation (cue names), src/sim and src/shared. src/app connects it to the flow and the sessions, and hands it the view\'s event → cue table.',
    packageMessage: 'src/audio plays sound (Howler); drawing is the view\'s.',
    extraPatterns: simPublicOnly('src/audio'),
  }),

  // src/view: draws from the flow's state and the session, and sends flow events and commands.
  ...layerBoundary({
    root: 'src/view',
    layers: ['view', 'presentation', 'flow', 'runtime', 'replays', 'levels', 'sim', 'shared'],
    packages: ['howler'],
    message: 'src/view draws and sends events: it never imports src/app (the app depends on the view, through src/view/appPort.ts, not the other way round) or src/audio (sound is wired by src/app, so no screen holds a sound board).',
    packageMessage: 'src/view does not play sound: src/audio does, wired by src/app.',
    extraPatterns: simPublicOnly('src/view'),
  }),
);
