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
    const code = "import type { ScenarioSpec } from '../sim/model/scenario';\nimport { ok } from '../shared/result';\nexport const o: ScenarioSpec | typeof ok = ok;";
    expect(await ruleErrors(code, 'src/levels/parseLevel.ts')).toEqual([]);
  });

  it.each(['../view/hud', '../audio/soundBoard', '../runtime/fixedStepLoop', 'phaser'])('may not import %s', async (source) => {
    const errors = await ruleErrors(`import x from '${source}';\nexport const y = x;`, 'src/levels/parseLevel.ts');
    expect(errors.join('\n')).toMatch(/no-restricted-imports/);
  });
});
