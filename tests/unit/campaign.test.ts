import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_SIZE, checkCampaignSet, duplicateIds, loadLevel, PROOF_SEEDS, strayScripts, type ReadText } from '../../src/levels/levelFiles';
import { proveLevel } from '../../src/levels/proveLevel';

const LEVELS_DIR = fileURLToPath(new URL('../../levels', import.meta.url));
const CAMPAIGN_DIR = `${LEVELS_DIR}/campaign`;

const readText: ReadText = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
const campaignFiles = existsSync(CAMPAIGN_DIR) ? readdirSync(CAMPAIGN_DIR).filter((n) => n.endsWith('.json')).sort() : [];

describe('the campaign', () => {
  it(`has exactly ${CAMPAIGN_SIZE} levels, numbered 01..${CAMPAIGN_SIZE}, named after their unique ids`, () => {
    const levels = campaignFiles.map((name) => ({ name, id: loadLevel(`${CAMPAIGN_DIR}/${name}`, LEVELS_DIR, readText).id ?? '(unreadable)' }));
    expect([...checkCampaignSet(levels), ...duplicateIds(levels.map((l) => ({ file: l.name, id: l.id })))]).toEqual([]);
  });

  it('proves every level on seeds 1–20, the seeds the strategy gauntlet plays', () => {
    expect(PROOF_SEEDS).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  // "Each campaign level is won by its reference solution and lost without the lesson it teaches, on several seeds."
  it.each(campaignFiles)('%s: its reference solution earns ★★★ and its lose script loses, on every proof seed (1–20)', (name) => {
    const loaded = loadLevel(`${CAMPAIGN_DIR}/${name}`, LEVELS_DIR, readText);
    expect(loaded.problems).toEqual([]);
    const { scenario, win, lose } = loaded;
    expect(scenario, 'the level parses').toBeDefined();
    expect(win, `levels/solutions/${scenario!.id}.win.json`).toBeDefined();
    expect(lose, `levels/solutions/${scenario!.id}.lose.json`).toBeDefined();
    const proof = proveLevel(scenario!, { win, lose, seeds: PROOF_SEEDS });
    expect(proof.failures).toEqual([]);
    expect(proof.win.map((r) => r.stars)).toEqual(PROOF_SEEDS.map(() => 3));
    expect(proof.lose.map((r) => r.outcome)).toEqual(PROOF_SEEDS.map(() => 'lost'));
  });

  it('has no solution script that belongs to no level', () => {
    const solutionsDir = `${LEVELS_DIR}/solutions`;
    const names = existsSync(solutionsDir) ? readdirSync(solutionsDir).filter((n) => !n.startsWith('.')) : [];
    const levelFiles = [
      ...readdirSync(LEVELS_DIR).filter((n) => n.endsWith('.json') && n !== 'level.schema.json').map((n) => `${LEVELS_DIR}/${n}`),
      ...campaignFiles.map((n) => `${CAMPAIGN_DIR}/${n}`),
    ];
    const ids = new Set(levelFiles.flatMap((f) => loadLevel(f, LEVELS_DIR, readText).id ?? []));
    expect(strayScripts(names, ids)).toEqual([]);
  });
});

describe('the campaign rules', () => {
  const ten = Array.from({ length: 10 }, (_, i) => ({ name: `${String(i + 1).padStart(2, '0')}-level-${i + 1}.json`, id: `level-${i + 1}` }));

  it('accept ten levels numbered 01..10, each named after its id', () => {
    expect(checkCampaignSet(ten)).toEqual([]);
  });

  it('name the missing numbers, a taken number, a misnamed file and a stray name', () => {
    const broken = [...ten.slice(0, 7), { name: '07-other.json', id: 'other' }, { name: '08-lifecycle.json', id: 'life-cycle' }, { name: 'bonus.json', id: 'bonus' }];
    expect(checkCampaignSet(broken)).toEqual([
      'campaign/08-lifecycle.json: the file name says id "lifecycle" but the level\'s id is "life-cycle"; rename one to match the other',
      'campaign/bonus.json: campaign files are named NN-<id>.json, e.g. 01-bonus.json',
      'campaign: level 07 is taken by 07-level-7.json and 07-other.json',
      'campaign: has 10 levels but not numbered 01 to 10 (missing 09, 10)',
    ]);
    expect(checkCampaignSet([{ name: '11-extra.json', id: 'extra' }])).toContain('campaign/11-extra.json: campaign levels are numbered 01 to 10');
  });

  it('find ids used twice and solution scripts of no level', () => {
    expect(duplicateIds([{ file: 'a.json', id: 'x' }, { file: 'b.json', id: 'x' }, { file: 'c.json', id: 'y' }])).toEqual([
      'id "x" is used by a.json and b.json; level ids must be unique',
    ]);
    expect(strayScripts(['x.win.json', 'x.lose.json', 'z.win.json', 'notes.txt'], new Set(['x']))).toEqual([
      'solutions/z.win.json: no level has the id "z"',
      'solutions/notes.txt: solution scripts are named <level id>.win.json or <level id>.lose.json',
    ]);
  });

  it('load a level with its scripts, and report script problems with the file and index', () => {
    const level = readFileSync(`${LEVELS_DIR}/sandbox.json`, 'utf8');
    const files: Record<string, string> = {
      'L/campaign/01-sandbox.json': level,
      'L/solutions/sandbox.win.json': '[{ "atSeconds": 60, "command": { "type": "instance.stop", "instanceId": "web-1" } }]',
      'L/solutions/sandbox.lose.json': '[{ "atSeconds": 999999, "command": { "type": "instance.stop", "instanceId": "web-1" } }, ]',
    };
    const read: ReadText = (path) => files[path];
    const loaded = loadLevel('L/campaign/01-sandbox.json', 'L', read);
    expect(loaded.id).toBe('sandbox');
    expect(loaded.win).toEqual([{ atSeconds: 60, command: { type: 'instance.stop', instanceId: 'web-1' } }]);
    expect(loaded.lose).toBeUndefined();
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatch(/^L\/solutions\/sandbox\.lose\.json: not valid JSON at line 1, column \d+: /);

    files['L/solutions/sandbox.lose.json'] = '[{ "atSeconds": 999999, "command": { "type": "instance.stop", "instanceId": "web-1" } }]';
    expect(loadLevel('L/campaign/01-sandbox.json', 'L', read).problems).toEqual(['L/solutions/sandbox.lose.json › [0].atSeconds: a whole number of seconds from 0 to 7199']);
  });
});
