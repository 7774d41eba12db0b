import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLevel } from '../../../src/levels/levelFiles';
import { identifiersIn, textIdentifierWarnings } from '../../../src/levels/textIdentifiers';
import { COMMAND_TYPES, DR_POSTURES, EVENT_TYPES, FAULT_KINDS, INSTANCE_STATES, PURCHASES } from '../../../src/sim';

const LEVELS_DIR = fileURLToPath(new URL('../../../levels', import.meta.url));

describe('identifiersIn: the code\'s names in text a player reads', () => {
  it('finds every command type, event type and fault kind the simulation lists, alone, in parentheses and ending a sentence', () => {
    for (const name of [...COMMAND_TYPES, ...EVENT_TYPES, ...FAULT_KINDS]) {
      expect(identifiersIn(`Use ${name} now.`), name).toEqual([name]);
      expect(identifiersIn(`Do it first (${name}).`), name).toEqual([name]);
      expect(identifiersIn(`Then ${name}.`), name).toEqual([name]);
    }
  });

  it('finds a noun.word of a simulation noun that no list has, and camelCase enum values and states', () => {
    expect(identifiersIn('region.reticulate, then dr.somethingNew')).toEqual(['region.reticulate', 'dr.somethingNew']);
    const camel = [...DR_POSTURES, ...INSTANCE_STATES, ...PURCHASES].filter((v) => /[A-Z]/.test(v));
    expect(camel.length).toBeGreaterThan(3);
    for (const value of camel) expect(identifiersIn(`The posture is ${value}: chosen once.`), value).toEqual([value]);
  });

  it('names a dotted name once, not also its camelCase noun', () => {
    expect(identifiersIn('Scheduled actions (scalingGroup.schedule) and scalingGroup.schedule again')).toEqual(['scalingGroup.schedule']);
  });

  it('leaves the game\'s own words alone: ids, instance and database sizes, prices, AWS error names', () => {
    const prose = 'web-1 in use1-az1 of us-east-1, an m5.large and a db.m5.large orders-db; $0.171/h, 99.9 %, e.g. Multi-AZ, RTO 5 min. InsufficientInstanceCapacity: try another AZ. Set up Disaster Recovery… (warm standby). An m5.24xlarge has 96 vCPUs, one vCPU is …';
    expect(identifiersIn(prose)).toEqual([]);
  });
});

describe('textIdentifierWarnings: the level checker\'s warning', () => {
  it('names the field and every identifier in it, and says what to write instead', () => {
    const warnings = textIdentifierWarnings({ title: 'Parachute', briefing: 'Set it first (dr.setPosture), then pull the cord (region.failOver). warmStandby is best.', debrief: 'Well done.' });
    expect(warnings).toEqual([
      'briefing: "dr.setPosture", "region.failOver", "warmStandby" are how the code spells them; write what players see instead (an action\'s label such as "Set up Disaster Recovery…", or words such as "warm standby")',
    ]);
    expect(textIdentifierWarnings({ title: 'Fine', teaches: 'High Availability' })).toEqual([]);
  });

  const files = [...readdirSync(`${LEVELS_DIR}/campaign`).map((n) => `${LEVELS_DIR}/campaign/${n}`), `${LEVELS_DIR}/sandbox.json`].filter((f) => f.endsWith('.json'));
  it.each(files.map((f) => [f.slice(LEVELS_DIR.length + 1), f]))('%s: its title, teaches, briefing and debrief name nothing from the code', (_name, file) => {
    const loaded = loadLevel(file, LEVELS_DIR, (p) => (existsSync(p) ? readFileSync(p, 'utf8') : undefined));
    expect(loaded.scenario).toBeDefined();
    expect(textIdentifierWarnings(loaded.scenario!)).toEqual([]);
  });
});

describe('facts the campaign teaches about instance sizes', () => {
  it('invents no ceiling on instance sizes (the game sells AWS\'s whole families: m5 up to m5.24xlarge)', () => {
    for (const f of readdirSync(`${LEVELS_DIR}/campaign`).filter((n) => n.endsWith('.json'))) {
      const text = readFileSync(`${LEVELS_DIR}/campaign/${f}`, 'utf8');
      expect(text, f).not.toMatch(/largest (m5 )?there is|largest m5\b|No bigger box exists|largest this shop may buy|family stops somewhere|family has a ceiling|the ladder ends/);
    }
  });
});
