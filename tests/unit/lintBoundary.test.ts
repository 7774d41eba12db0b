import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture's boundaries are lint rules (eslint.config.js); these cases prove the rules bite.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: fileURLToPath(new URL('../../eslint.config.js', import.meta.url)) });

async function ruleErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  // Rules unrelated to the boundary (unused variables in these snippets) are not what we test.
  return result.messages
    .filter((m) => m.severity === 2 && m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('the simulation boundary (src/sim/**)', () => {
  const forbidden: [string, string, RegExp][] = [
    ['Math.random()', 'export const r = Math.random();', /no-restricted-properties.*rng state/],
    ['Date.now()', 'export const t = Date.now();', /no-restricted-globals.*never reads a clock/],
    ['new Date()', 'export const t = new Date();', /no-restricted-globals/],
    ['performance.now()', 'export const t = performance.now();', /no-restricted-globals/],
    ['setTimeout', 'setTimeout(() => undefined, 10);', /no-restricted-globals.*deadline tick/],
    ['setInterval', 'setInterval(() => undefined, 10);', /no-restricted-globals/],
    ['setImmediate', 'setImmediate(() => undefined);', /no-restricted-globals/],
    ['requestAnimationFrame', 'requestAnimationFrame(() => undefined);', /no-restricted-globals/],
    ['window', 'export const w = window.innerWidth;', /no-restricted-globals/],
    ['document', 'export const d = document.title;', /no-restricted-globals/],
    ['globalThis.crypto', 'export const u = globalThis.crypto.randomUUID();', /rng state/],
    ['crypto', 'export const u = crypto.randomUUID();', /no-restricted-globals/],
    ['globalThis.Date', 'export const t = globalThis.Date.now();', /no-restricted-globals/],
    ["import Phaser from 'phaser'", "import Phaser from 'phaser';\nexport const p = Phaser;", /no-restricted-imports/],
    ["import { Howl } from 'howler'", "import { Howl } from 'howler';\nexport const h = Howl;", /no-restricted-imports/],
    ["import fs from 'node:fs'", "import fs from 'node:fs';\nexport const f = fs;", /no-restricted-imports/],
    ["'../view/board'", "import x from '../view/board';\nexport const y = x;", /no-restricted-imports.*src\/sim imports only/],
    ["'../../levels/y'", "import x from '../../levels/y';\nexport const y = x;", /no-restricted-imports/],
    ["'../runtime/loop'", "export { loop } from '../runtime/loop';", /no-restricted-imports/],
    ["'../shared/../view/x'", "import x from '../shared/../view/x';\nexport const y = x;", /no-restricted-imports/],
    ["'xstate/dev'", "import x from 'xstate/dev';\nexport const y = x;", /no-restricted-imports/],
    ['dynamic import()', "export const m = () => import('./world');", /no-restricted-syntax/],
  ];

  it.each(forbidden)('rejects %s in src/sim/x.ts', async (_name, code, expected) => {
    const errors = await ruleErrors(code, 'src/sim/x.ts');
    expect(errors.join('\n')).toMatch(expected);
  });

  const allowed: [string, string][] = [
    ["import { setup } from 'xstate'", "import { setup } from 'xstate';\nexport const s = setup;"],
    ["import { ok } from '../shared/result'", "import { ok } from '../shared/result';\nexport const o = ok;"],
    ["import type { World } from './model/world'", "import type { World } from './model/world';\nexport type W = World;"],
    ['a type named Date', 'export function f(d: Date): Date { return d; }'],
    ['a local called random', 'const random = (n: number) => n;\nexport const r = random(1);'],
  ];

  it.each(allowed)('allows %s in src/sim/x.ts', async (_name, code) => {
    expect(await ruleErrors(code, 'src/sim/x.ts')).toEqual([]);
  });

  // The machines are in charge: a call that may be refused returns a Result, and ignoring it is an error.
  it.each([
    ['advance(…) as a statement', "declare const advance: (...a: unknown[]) => unknown;\nadvance(1, 'running', { type: 'STOP' });"],
    ['transitionInstance(…) as a statement', "declare const transitionInstance: (...a: unknown[]) => unknown;\ntransitionInstance(1, 2, { type: 'STOP' }, []);"],
    ['losePrimary(…) under an if', "declare const losePrimary: (...a: unknown[]) => unknown;\nexport function f(x: boolean) { if (x) losePrimary(1, 2, [], false); }"],
  ])('rejects ignoring a machine refusal: %s', async (_name, code) => {
    expect((await ruleErrors(code, 'src/sim/x.ts')).join('\n')).toMatch(/no-restricted-syntax.*refusal must be handled/);
  });

  it.each([
    ['using the Result', "declare const transitionZone: (...a: unknown[]) => { ok: boolean };\nexport const moved = transitionZone(1, 2, { type: 'POWER_LOST' }, []).ok;"],
    ['waving it through with void', "declare const transitionZone: (...a: unknown[]) => unknown;\n// Refused only when already dark.\nvoid transitionZone(1, 2, { type: 'POWER_LOST' }, []);"],
  ])('allows %s', async (_name, code) => {
    expect(await ruleErrors(code, 'src/sim/x.ts')).toEqual([]);
  });

  it('resolves relative paths from deeper folders', async () => {
    const file = 'src/sim/systems/routeTraffic.ts';
    expect(await ruleErrors("import type { World } from '../model/world';\nexport type W = World;", file)).toEqual([]);
    expect(await ruleErrors("import { nextInt } from '../rng';\nexport const n = nextInt;", file)).toEqual([]);
    expect(await ruleErrors("import { ok } from '../../shared/result';\nexport const o = ok;", file)).toEqual([]);
    expect((await ruleErrors("import x from '../../view/board';\nexport const y = x;", file)).join()).toMatch(/no-restricted-imports/);
    expect((await ruleErrors("import x from '../../../package.json';\nexport const y = x;", file)).join()).toMatch(/no-restricted-imports/);
  });

  it('does not apply to the view', async () => {
    expect(await ruleErrors("import Phaser from 'phaser';\nexport const t = Date.now() + Math.random() + Number(Phaser);", 'src/view/board.ts')).toEqual([]);
  });
});

describe('the level boundary (src/levels/**)', () => {
  it('may use the simulation and shared helpers', async () => {
    const code = "import type { ScenarioSpec } from '../sim';\nimport { ok } from '../shared/result';\nexport const o: ScenarioSpec | typeof ok = ok;";
    expect(await ruleErrors(code, 'src/levels/parseLevel.ts')).toEqual([]);
  });

  it.each(['../view/hud', '../audio/soundBoard', '../runtime/fixedStepLoop', 'phaser'])('may not import %s', async (source) => {
    const errors = await ruleErrors(`import x from '${source}';\nexport const y = x;`, 'src/levels/parseLevel.ts');
    expect(errors.join('\n')).toMatch(/no-restricted-imports/);
  });
});

/** `import x from '<source>'`, or `import('<source>')` when `dynamic`. */
function importOf(source: string, dynamic = false): string {
  return dynamic ? `export const m = () => import('${source}');` : `import x from '${source}';\nexport const y = x;`;
}

/**
 * Every layer above the simulation: imports it must not use (each proven an error, with the
 * layer's own reason) and imports it may use (each proven clean). Files at depth 0 and 1 check
 * that the '../' arithmetic holds below the layer's top folder too.
 */
const layers: { layer: string; file: string; deepFile: string; why: RegExp; forbidden: string[]; allowed: string[] }[] = [
  {
    layer: 'src/runtime',
    file: 'src/runtime/session.ts',
    deepFile: 'src/runtime/clock/x.ts',
    why: /src\/runtime turns real time into simulation steps|src\/runtime is UI-free/,
    forbidden: ['../view/screens/playScreen', '../audio/soundBoard', '../flow/settings', '../app/startApp', '../levels/parseLevel', '../replays/replayFile', '../main', 'phaser', 'howler'],
    allowed: ['./fixedStepLoop', '../sim', '../sim/readModel', '../shared/result'],
  },
  {
    layer: 'src/flow',
    file: 'src/flow/gameFlowMachine.ts',
    deepFile: 'src/flow/links/x.ts',
    why: /src\/flow decides what happens next|src\/flow is UI-free/,
    forbidden: ['../view/appPort', '../audio/soundBoard', '../runtime/session', '../app/startApp', '../replays/replayFile', 'phaser', 'howler'],
    allowed: ['xstate', './versionedStore', '../levels/parseLevel', '../sim', '../shared/result'],
  },
  {
    layer: 'src/replays',
    file: 'src/replays/replayFile.ts',
    deepFile: 'src/replays/codes/x.ts',
    why: /src\/replays verifies replays|src\/replays is UI-free/,
    forbidden: ['../view/format', '../audio/cues', '../runtime/session', '../flow/catalog', '../app/startApp', 'phaser', 'howler'],
    allowed: ['./resultCode', '../levels/parseLevel', '../sim', '../sim/index', '../shared/packedText'],
  },
  {
    layer: 'src/audio',
    file: 'src/audio/soundBoard.ts',
    deepFile: 'src/audio/music/x.ts',
    why: /src\/audio listens to simulation events|src\/audio plays sound/,
    forbidden: ['../view/format', '../runtime/session', '../app/startApp', '../flow/settings', 'phaser'],
    allowed: ['howler', './cues', '../presentation/cues', '../sim', '../shared/result'],
  },
  {
    layer: 'src/presentation',
    file: 'src/presentation/cues.ts',
    deepFile: 'src/presentation/sound/x.ts',
    why: /src\/presentation holds what the view and the audio share|src\/presentation is UI-free/,
    forbidden: ['../view/services/registry', '../audio/cues', '../runtime/session', '../flow/settings', '../levels/parseLevel', '../replays/replayFile', '../app/startApp', '../main', 'phaser', 'howler'],
    allowed: ['./words', '../sim', '../shared/result'],
  },
  {
    layer: 'src/view',
    file: 'src/view/screenFor.ts',
    deepFile: 'src/view/screens/playScreen.ts',
    why: /src\/view draws and sends events|src\/view does not play sound/,
    forbidden: ['../app/startApp', '../app', '../audio/soundBoard', '../main', 'howler'],
    allowed: ['phaser', 'uplot', './appPort', '../presentation/cues', '../flow/catalog', '../runtime/session', '../replays/replayFile', '../levels/levelLink', '../sim', '../sim/readModel', '../shared/result'],
  },
  {
    layer: 'src/levels',
    file: 'src/levels/parseLevel.ts',
    deepFile: 'src/levels/schema/levelSchema.ts',
    why: /src\/levels turns level JSON into a Scenario|src\/levels is UI-free/,
    forbidden: ['../view/hud', '../audio/soundBoard', '../presentation/cues', '../runtime/fixedStepLoop', '../flow/catalog', '../replays/replayFile', '../app/startApp', 'phaser', 'howler'],
    allowed: ['./problems', '../sim', '../shared/result'],
  },
];

/** The same source, written from a file one folder deeper. */
const deeper = (source: string) => (source.startsWith('../') ? `../${source}` : source.startsWith('./') ? `.${source}` : source);

describe.each(layers)('the $layer boundary', ({ file, deepFile, why, forbidden, allowed }) => {
  it.each(forbidden)(`rejects '%s'`, async (source) => {
    expect((await ruleErrors(importOf(source), file)).join('\n')).toMatch(new RegExp(`no-restricted-imports: .*(?:${why.source})`));
    expect((await ruleErrors(importOf(deeper(source)), deepFile)).join('\n')).toMatch(/no-restricted-imports/);
  });

  it(`rejects '${forbidden[0]}' as a dynamic import() too`, async () => {
    expect((await ruleErrors(importOf(forbidden[0]!, true), file)).join('\n')).toMatch(new RegExp(`no-restricted-syntax: (?:${why.source})`));
    expect((await ruleErrors(importOf(deeper(forbidden[0]!), true), deepFile)).join('\n')).toMatch(/no-restricted-syntax/);
  });

  it('rejects a path that climbs into a forbidden folder through an allowed one', async () => {
    expect((await ruleErrors(importOf('../shared/../app/startApp'), file)).join('\n')).toMatch(/no-restricted-imports/);
  });

  it.each(allowed)(`allows '%s'`, async (source) => {
    expect(await ruleErrors(importOf(source), file)).toEqual([]);
    expect(await ruleErrors(importOf(deeper(source)), deepFile)).toEqual([]);
    expect(await ruleErrors(importOf(source, true), file)).toEqual([]);
  });
});

/**
 * Every layer above the simulation sees it through its public face (src/sim/index.ts,
 * src/sim/readModel.ts and each kind's services/<kind>/public.ts), so the inside of src/sim can move
 * without touching a client.
 */
describe.each(layers)('the $layer view of the simulation', ({ file, deepFile }) => {
  it.each(['../sim/services/database/billing', '../sim/core/world', '../sim/readModel/x', '../sim/indexes', '../sim/services/queue/public/x', '../sim/services/public', '../sim/services/queue/publicity'])(`rejects '%s'`, async (source) => {
    expect((await ruleErrors(importOf(source), file)).join('\n')).toMatch(/no-restricted-imports: .*uses the simulation through its public face only/);
    expect((await ruleErrors(importOf(deeper(source)), deepFile)).join('\n')).toMatch(/no-restricted-imports: .*public face only/);
    expect((await ruleErrors(importOf(source, true), file)).join('\n')).toMatch(/no-restricted-syntax: .*public face only/);
  });
});

describe.each(layers)('the $layer view of a service kind', ({ file, deepFile }) => {
  it.each(['../sim/services/queue/public', '../sim/services/database/public'])(`allows its public face '%s'`, async (source) => {
    expect(await ruleErrors(importOf(source), file)).toEqual([]);
    expect(await ruleErrors(importOf(deeper(source)), deepFile)).toEqual([]);
  });
});

describe('the composition root (src/app/**)', () => {
  it.each(['../view/appView', '../audio/soundBoard', '../presentation/cues', '../runtime/session', '../flow/gameFlowMachine', '../replays/replayFile', '../levels/parseLevel', '../sim/hash', 'phaser', 'howler'])(
    `may import '%s'`,
    async (source) => {
      expect(await ruleErrors(importOf(source), 'src/app/startApp.ts')).toEqual([]);
    },
  );
});

describe('every src/ folder has a boundary', () => {
  it('lists each one in eslint.config.js, or is the composition root', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(new URL('../../src/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const bounded = ['sim', 'shared', 'levels', 'replays', 'runtime', 'flow', 'presentation', 'audio', 'view'];
    expect(folders.filter((f) => f !== 'app' && !bounded.includes(f))).toEqual([]);
    // And the list is not stale: each bounded folder's files really get the import rule.
    for (const folder of bounded) {
      const config = (await eslint.calculateConfigForFile(`src/${folder}/x.ts`)) as { rules?: Record<string, unknown> };
      expect(config.rules?.['no-restricted-imports'], folder).toBeDefined();
    }
  });
});
