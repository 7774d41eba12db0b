import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HANG_MS, runSurface } from '../../fuzz/runSurface';
import type { Surface } from '../../fuzz/surface';
import { SURFACES } from '../../fuzz/surfaces';
import { LEVEL_JSON_SCHEMA, schemaDifferential } from '../../fuzz/surfaces/levelSchema';

/**
 * The fuzz suite (docs/fuzzing.md) at a small count, on a fixed seed, so every `npm test` feeds
 * each input surface a few hundred spoiled and hostile inputs. Long runs are `npm run fuzz`. Times
 * are reported by the runner, never asserted here: a loaded machine would make them flaky.
 */
const SEED = 2026;

/** Inputs per surface: the re-simulating surfaces cost a few ms each, the class check several times that. */
const RUNS: Readonly<Record<string, number>> = {
  deepLink: 1000,
  settings: 1000,
  progress: 1000,
  levelText: 400,
  levelSchema: 500,
  levelLink: 300,
  replay: 300,
  resultCode: 300,
  classCodes: 150,
};

describe('every input surface, fuzzed', () => {
  it('lists a count for every surface', () => {
    expect(SURFACES.map((s) => s.name).sort()).toEqual(Object.keys(RUNS).sort());
  });

  for (const surface of SURFACES) {
    it(`${surface.name}: no crash, no accepted input that breaks the game, no disagreement`, async () => {
      const runs = RUNS[surface.name]!;
      const report = await runSurface(surface, { runs, seed: SEED });
      expect(report.tried).toBe(runs);
      // Some inputs get through, so the checks after acceptance (running the simulation) are exercised.
      expect(report.accepted).toBeGreaterThan(0);
      expect(report.examples.crash).toEqual([]);
      expect(report.examples.broke).toEqual([]);
      expect(report.examples.disagreement).toEqual([]);
      expect([report.crashes, report.broke, report.disagreements]).toEqual([0, 0, 0]);
    });
  }
});

describe('the fuzz runner itself', () => {
  /** A surface that crashes on 0, breaks after accepting 1, refuses 2 without a reason and takes 3. */
  const faulty: Surface<number> = {
    name: 'faulty',
    reads: 'nothing',
    inputs: fc.integer({ min: 0, max: 3 }),
    async run(n, probe) {
      const read = await probe.read(() => {
        if (n === 0) throw new TypeError('cannot read properties of undefined');
        return n;
      });
      if (read === 2) return probe.unclear('""');
      probe.accepted();
      if (read === 1) throw new RangeError('the simulation fell over');
    },
    show: (n) => String(n),
  };

  it('counts crashes (and unclear refusals as crashes) and accepted inputs that then broke, and shrinks the first', async () => {
    const report = await runSurface(faulty, { runs: 200, seed: SEED, shrink: true });
    expect(report.tried).toBe(200);
    expect(report.crashes).toBeGreaterThan(0);
    expect(report.broke).toBeGreaterThan(0);
    expect(report.accepted).toBeGreaterThan(report.broke);
    // Every input is either refused by a crash or accepted; the broken ones are accepted first.
    expect(report.crashes + report.accepted).toBe(200);
    expect(new Set(report.examples.crash.map((e) => e.input))).toEqual(new Set(['0', '2']));
    expect(report.examples.crash.find((e) => e.input === '0')?.what).toMatch(/^TypeError: cannot read properties of undefined/);
    expect(report.examples.broke.map((e) => e.what)).toEqual([expect.stringMatching(/^threw after the input was accepted: RangeError: the simulation fell over/)]);
    expect(report.examples.broke[0]!.shrunk).toBe('1');
  });

  it('finds where a JSON Schema and the parser part ways, in both directions', async () => {
    const stricter = structuredClone(LEVEL_JSON_SCHEMA) as { properties: { title: { maxLength: number } } };
    stricter.properties.title.maxLength = 5;
    const tooStrict = await runSurface(schemaDifferential(stricter), { runs: 200, seed: SEED });
    expect(tooStrict.examples.disagreement[0]?.what).toMatch(/the parser accepts it, the schema refuses it: \/title must NOT have more than 5 characters/);

    const looser = { ...structuredClone(LEVEL_JSON_SCHEMA), additionalProperties: true };
    const tooLoose = await runSurface(schemaDifferential(looser), { runs: 300, seed: SEED });
    expect(tooLoose.examples.disagreement.map((e) => e.what)).toContainEqual(expect.stringMatching(/^the schema accepts its shape, the parser refuses it: .*unknown field/));
  });

  it('calls an input a hang only when it is slow again when timed on its own', async () => {
    // A clock the surface moves, so the test says what "slow" is instead of measuring it.
    let clock = 0;
    const seen = new Map<number, number>();
    /** 0 is slow every time; 1 is slow the first time only (as on a busy machine); 2 is quick. */
    const sometimesSlow: Surface<number> = {
      name: 'sometimesSlow',
      reads: 'nothing',
      inputs: fc.integer({ min: 0, max: 2 }),
      async run(n, probe) {
        const times = (seen.get(n) ?? 0) + 1;
        seen.set(n, times);
        await probe.read(() => void (clock += n === 0 || (n === 1 && times === 1) ? HANG_MS + 500 : 10));
        probe.accepted();
      },
      show: (n) => String(n),
    };
    const report = await runSurface(sometimesSlow, { runs: 60, seed: SEED, now: () => clock });
    expect(seen.get(1)).toBeGreaterThan(2);
    expect(report.slowOnce).toBe(1);
    // Each hang is timed twice.
    expect(report.hangs).toBe(seen.get(0)! / 2);
    expect(report.examples.hang[0]).toMatchObject({ input: '0', what: `took ${HANG_MS + 500} ms, and ${HANG_MS + 500} ms again` });
  });
});
