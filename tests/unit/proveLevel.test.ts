import { describe, expect, it } from 'vitest';
import { proveLevel } from '../../src/levels/proveLevel';
import { type ScriptedCommand, type ScenarioSpec, simulate } from '../../src/sim';
import { at, scenario, webTier } from './lessons/build';

const SEEDS = [1, 2, 3];

/**
 * One web server behind a load balancer for an hour of light, noiseless traffic: nothing random
 * happens, so every seed gives the same figures and each test can name them exactly.
 */
function level(over: Partial<ScenarioSpec> = {}): ScenarioSpec {
  return scenario({
    id: 'tiny',
    estate: webTier(1, 'm5.large', ['use1-az1']),
    durationSeconds: 3600,
    traffic: { curves: [{ kind: 'steady', rps: 10 }] },
    objectives: { slaPct: 90, budgetUsd: 1 },
    ...over,
  });
}

const KEEP_IT_RUNNING: ScriptedCommand[] = [];
const TERMINATE_IT: ScriptedCommand[] = [at(0, { type: 'instance.terminate', instanceId: 'web-1' })];
const ADD_A_SECOND: ScriptedCommand[] = [at(0, { type: 'instance.launch', zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'web-alb' })];
const REBOOT_IT: ScriptedCommand[] = [at(600, { type: 'instance.reboot', instanceId: 'web-1' })];

const costOf = (s: ScenarioSpec, script: ScriptedCommand[] = []) => simulate(s, { seed: 1, script }).score.costUsd;
const uptimeOf = (s: ScenarioSpec, script: ScriptedCommand[] = []) => simulate(s, { seed: 1, script }).score.uptimePct;

/** The tiny level with par set to what keeping the server running costs. */
function provenLevel(over: Partial<ScenarioSpec> = {}): ScenarioSpec {
  const s = level(over);
  return { ...s, par: { uptimePct: 100, costUsd: costOf(s) } };
}

describe('proveLevel', () => {
  it('proves a level whose reference solution wins with three stars and whose lose script loses', () => {
    const s = provenLevel();
    const proof = proveLevel(s, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: SEEDS });
    expect(proof.failures).toEqual([]);
    expect(proof.kind).toBe('solved');
    expect(proof.win.map((r) => [r.seed, r.stars, r.outcome, r.uptimePct])).toEqual([
      [1, 3, 'won', 100],
      [2, 3, 'won', 100],
      [3, 3, 'won', 100],
    ]);
    expect(proof.lose.map((r) => [r.seed, r.outcome, r.longestOutageSeconds])).toEqual([
      [1, 'lost', 3600],
      [2, 'lost', 3600],
      [3, 'lost', 3600],
    ]);
    expect(proof.measuredPar).toEqual({ uptimePct: 100, costUsd: s.par!.costUsd });
    expect(proof.win[0]!.hash).toMatch(/^[0-9a-f]+$/);
    expect(proof.win[0]!.shortOf).toBe('');
  });

  it('measures par as the worst uptime and the worst cost over the seeds', () => {
    // A random reboot now and then: the seeds differ, and par is the worst of them.
    const s = level({ faults: { random: [{ kind: 'instance.reboot', perHour: 3 }] } });
    const proof = proveLevel(s, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: [1, 2, 3, 4, 5] });
    const uptimes = proof.win.map((r) => r.uptimePct);
    const costs = proof.win.map((r) => r.costUsd);
    expect(new Set(uptimes).size).toBeGreaterThan(1);
    expect(proof.measuredPar).toEqual({ uptimePct: Math.min(...uptimes), costUsd: Math.max(...costs) });
  });

  it('fails a win script that costs more than par (two stars), saying by how much', () => {
    const s = provenLevel();
    const proof = proveLevel(s, { win: ADD_A_SECOND, lose: TERMINATE_IT, seeds: [2] });
    const cost = costOf(s, ADD_A_SECOND);
    expect(proof.failures).toEqual([`win script earned 2 stars on seed 2 (cost $${cost.toFixed(2)} > par $${s.par!.costUsd!.toFixed(2)})`]);
  });

  it('shows more decimals when two would make the cost and par look equal', () => {
    const s = level();
    const cost = costOf(s);
    const proof = proveLevel({ ...s, par: { costUsd: cost - 0.001 } }, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: [1] });
    expect(proof.failures).toEqual([`win script earned 2 stars on seed 1 (cost $${cost.toFixed(3)} > par $${(cost - 0.001).toFixed(3)})`]);
  });

  it('fails a win script that goes over budget (one star)', () => {
    const s = provenLevel({ objectives: { slaPct: 90, budgetUsd: 0.2 } });
    const proof = proveLevel(s, { win: ADD_A_SECOND, lose: TERMINATE_IT, seeds: [1] });
    expect(proof.failures).toEqual([`win script earned 1 star on seed 1 (cost $${costOf(s, ADD_A_SECOND).toFixed(2)} > budget $0.20)`]);
  });

  it('fails a win script that misses the SLA and the RTO (no stars), naming both', () => {
    const s = provenLevel({ objectives: { slaPct: 90, rtoSeconds: 300 } });
    const proof = proveLevel(s, { win: TERMINATE_IT, lose: TERMINATE_IT, seeds: [1] });
    expect(proof.failures).toEqual(['win script earned 0 stars on seed 1 (uptime 0% < SLA 90%, longest outage 3600 s > RTO 300 s)']);
  });

  it('fails a win script whose uptime is below par.uptimePct, even with three stars', () => {
    const s = provenLevel();
    const uptime = uptimeOf(s, REBOOT_IT);
    expect(uptime).toBeLessThan(100);
    expect(uptime).toBeGreaterThanOrEqual(90);
    const proof = proveLevel(s, { win: REBOOT_IT, lose: TERMINATE_IT, seeds: [4] });
    expect(proof.win[0]!.stars).toBe(3);
    expect(proof.failures).toEqual([`win script's uptime on seed 4 is ${uptime}%, below par.uptimePct 100%`]);
  });

  it('fails a level without par.costUsd once, since no run could earn three stars, and suggests the par', () => {
    const s = level();
    const proof = proveLevel(s, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: SEEDS });
    const suggested = (Math.ceil(costOf(s) * 100) / 100).toFixed(2);
    expect(proof.failures).toEqual([
      `par.costUsd is not set, so no run can earn ★★★; the win script's worst cost is $${costOf(s).toFixed(2)}: set par.costUsd to ${suggested}`,
    ]);
  });

  it('fails a level whose lose script wins: it can be passed without its lesson', () => {
    const s = provenLevel();
    const proof = proveLevel(s, { win: KEEP_IT_RUNNING, lose: KEEP_IT_RUNNING, seeds: [1, 2] });
    const cost = s.par!.costUsd!.toFixed(2);
    expect(proof.failures).toEqual([
      `lose script won on seed 1 — the level can be passed without its lesson (3 stars: uptime 100%, cost $${cost})`,
      `lose script won on seed 2 — the level can be passed without its lesson (3 stars: uptime 100%, cost $${cost})`,
    ]);
  });

  it('fails a level with only one of its two scripts, and still runs the one it has', () => {
    const s = provenLevel();
    const onlyWin = proveLevel(s, { win: KEEP_IT_RUNNING, seeds: SEEDS });
    expect(onlyWin.failures).toEqual(['the level has a win script but no lose script (the level played without its lesson); a level needs both, or neither for free play']);
    expect(onlyWin.win).toHaveLength(3);
    const onlyLose = proveLevel(s, { lose: TERMINATE_IT, seeds: SEEDS });
    expect(onlyLose.failures).toEqual(['the level has a lose script but no win script (a reference solution); a level needs both, or neither for free play']);
    expect(onlyLose.lose).toHaveLength(3);
  });

  it('runs a free-play level once, with no commands, and asks nothing more of it', () => {
    const s = level();
    const proof = proveLevel(s, { seeds: [7, 8] });
    expect(proof.kind).toBe('freePlay');
    expect(proof.failures).toEqual([]);
    expect(proof.win).toEqual([]);
    expect(proof.freePlay).toMatchObject({ seed: 7, uptimePct: 100, outcome: 'won' });
  });

  it('reports a simulation crash as a failure sentence instead of throwing', () => {
    // The simulation trusts parsed levels; an unknown zone is something only a parser bug could let through.
    const s = { ...level({ estate: { ...webTier(1, 'm5.large', ['use1-az1']), instances: [{ id: 'web-1', zone: 'nowhere', type: 'm5.large' }] } }), par: { costUsd: 1 } };
    const proof = proveLevel(s, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: [1] });
    expect(proof.win).toEqual([]);
    expect(proof.failures[0]).toMatch(/^win script crashed the simulation on seed 1: .*nowhere.* \(a bug in the simulation, not in the level\)$/);
    expect(proof.failures[1]).toMatch(/^lose script crashed the simulation on seed 1: /);
    const free = proveLevel(s, { seeds: [1] });
    expect(free.failures[0]).toMatch(/^the level \(free play, no commands\) crashed the simulation on seed 1: /);
  });

  it('notes commands the simulation rejected, without failing the level', () => {
    const s = provenLevel();
    const startTwice: ScriptedCommand[] = [at(60, { type: 'instance.start', instanceId: 'web-1' })];
    const proof = proveLevel(s, { win: startTwice, lose: TERMINATE_IT, seeds: [1, 2] });
    expect(proof.failures).toEqual([]);
    expect(proof.win[0]!.rejected).toHaveLength(1);
    expect(proof.notes).toHaveLength(1);
    expect(proof.notes[0]).toMatch(/^win script had commands rejected on every seed \(1 on seed 1, first at 60 s, instance\.start: /);
  });

  it('notes a par looser than what the reference solution achieves', () => {
    const s = level({ objectives: { slaPct: 90 } });
    const proof = proveLevel({ ...s, par: { uptimePct: 95, costUsd: 5 } }, { win: KEEP_IT_RUNNING, lose: TERMINATE_IT, seeds: [1] });
    expect(proof.failures).toEqual([]);
    const suggested = (Math.ceil(costOf(s) * 100) / 100).toFixed(2);
    expect(proof.notes).toEqual([
      `par.costUsd $5.00 is looser than the win script's worst cost $${costOf(s).toFixed(2)}; par is what the reference achieves: ${suggested}`,
      "par.uptimePct 95% is looser than the win script's worst uptime 100%",
    ]);
  });

  it('needs at least one seed', () => {
    expect(proveLevel(level(), { seeds: [] }).failures).toEqual(['no seeds to prove the level on']);
  });
});
