import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/levels/parseLevel';
import { canonicalJson, Hasher, parseScript, simulate, type ScenarioSpec, type ScriptedCommand } from '../../src/sim';
import { forgetDerived } from '../../src/sim/core/derived';
import { benchScenario } from '../../scripts/benchScenario';
import { caseArb } from './helpers/scriptArb';

/**
 * The engine goes fast by remembering what it derived (routing plans, which health probes can change
 * nothing, which Auto Scaling groups are quiet) and skipping work until something it depends on moves.
 * That must never change an outcome: a run that forgets everything derived after every tick (so every
 * system looks at everything again) gives the same events, the same World and the same score.
 */
function fingerprint(scenario: ScenarioSpec, seed: number, script: readonly ScriptedCommand[], forget: boolean): { events: string; world: string; score: string } {
  const events = new Hasher();
  const sim = simulate(scenario, {
    seed,
    script,
    afterStep: (world, evs) => {
      for (const e of evs) events.update(JSON.stringify(e));
      if (forget) forgetDerived(world);
    },
  });
  return { events: events.digest(), world: new Hasher().update(canonicalJson(sim.world)).digest(), score: canonicalJson(sim.score) };
}

function level(file: string): ScenarioSpec {
  const p = parseLevel(JSON.parse(readFileSync(new URL(`../../levels/${file}`, import.meta.url), 'utf8')), file);
  if (!p.ok) throw new Error(file);
  return p.scenario;
}

function solution(s: ScenarioSpec, which: 'win' | 'lose'): ScriptedCommand[] {
  const r = parseScript(JSON.parse(readFileSync(new URL(`../../levels/solutions/${s.id}.${which}.json`, import.meta.url), 'utf8')), s.durationSeconds);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe('derived state changes no outcome', () => {
  const cases: [string, () => [ScenarioSpec, ScriptedCommand[], number?]][] = [
    ['spare tyre (win script): an AZ power cut, an Auto Scaling group rebuilding', () => [level('campaign/04-spare-tyre.json'), solution(level('campaign/04-spare-tyre.json'), 'win')]],
    ['spot and churn (lose script): spot reclaims, capacity shortages, churn', () => [level('campaign/06-spot-and-churn.json'), solution(level('campaign/06-spot-and-churn.json'), 'lose')]],
    ['parachute (win script): a Region outage and a DR failover', () => [level('campaign/08-parachute.json'), solution(level('campaign/08-parachute.json'), 'win')]],
    ['flash sale (win script): target tracking and scheduled scaling', () => [level('campaign/09-flash-sale.json'), solution(level('campaign/09-flash-sale.json'), 'win')]],
    ['the benchmark estate, 6 h: 300 instances in two Regions with random terminations', () => [benchScenario(300, 6 * 3600), []]],
    // Found by the property below: probing only the targets that changed visited them in the order
    // they changed, so two markedUnhealthy events of one tick came out swapped.
    ['two targets failing in the same tick are reported in target order (a found counterexample)', () => {
      const c = JSON.parse(readFileSync(new URL('../fixtures/derived-health-order.json', import.meta.url), 'utf8')) as { scenario: ScenarioSpec; script: ScriptedCommand[]; seed: number };
      return [c.scenario, c.script, c.seed];
    }],
  ];
  it.each(cases)('%s', (_name, make) => {
    const [scenario, script, seed = 3] = make();
    expect(fingerprint(scenario, seed, script, true)).toEqual(fingerprint(scenario, seed, script, false));
  });

  // CI runs 120 cases from a fixed seed; a longer hunt (outside npm test) sets both, e.g.
  // DERIVED_FUZZ_RUNS=5000 DERIVED_FUZZ_SEED=$RANDOM npx vitest run tests/unit/derivedState.proof.test.ts
  const runs = Number(process.env.DERIVED_FUZZ_RUNS ?? 120);
  const seed = Number(process.env.DERIVED_FUZZ_SEED ?? 42);
  it(`property: random levels and command scripts (${runs} cases, seed ${seed})`, () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        expect(fingerprint(c.scenario, c.seed, c.script, true)).toEqual(fingerprint(c.scenario, c.seed, c.script, false));
      }),
      // A fixed seed keeps CI reproducible; a failure prints the counterexample to add above.
      { numRuns: runs, seed },
    );
  }, Math.max(60_000, runs * 500));
});
