import { type ScriptedCommand, type ScenarioSpec, simulate, type Score } from '../sim';

/** The figures of one run of a level on one seed. */
export interface ProofRun {
  seed: number;
  uptimePct: number;
  requestSuccessPct: number;
  costUsd: number;
  stars: Score['stars'];
  outcome: Score['outcome'];
  dataLostSeconds: number;
  longestOutageSeconds: number;
  hash: string;
  /** What kept the run from the next star, e.g. "cost $4.12 > par $4.00"; '' with three stars. */
  shortOf: string;
  /** Commands the simulation turned down, e.g. "at 120 s, instance.stop: web-3 is terminated …". */
  rejected: string[];
}

export interface LevelProof {
  levelId: string;
  seeds: number[];
  /** 'solved': the level has its reference (win) and without-the-lesson (lose) scripts; 'freePlay': neither. */
  kind: 'solved' | 'freePlay';
  /** One run per seed; a seed whose run crashed is missing here and named in `failures`. */
  win: ProofRun[];
  lose: ProofRun[];
  /** A free-play level runs once, with no commands, on the first seed, to prove it runs. */
  freePlay?: ProofRun;
  /** What the win script achieves at worst over the seeds: the level's par. */
  measuredPar?: { uptimePct: number; costUsd: number };
  /** The measured par as an author would write it in the level: the cost rounded up to whole cents. */
  suggestedPar?: { uptimePct: number; costUsd: number };
  /** What is wrong, one plain sentence each; empty when the level is proven. */
  failures: string[];
  /** Worth an author's look, but not wrong (a looser par than measured, rejected commands). */
  notes: string[];
}

export interface ProveOptions {
  /** The reference solution: must win with ★★★ on every seed. */
  win?: readonly ScriptedCommand[];
  /** The same level played without its lesson: must lose on every seed. */
  lose?: readonly ScriptedCommand[];
  seeds: readonly number[];
}

/**
 * Proves a level: its reference solution wins with three stars and meets par on every seed, and
 * its without-the-lesson script loses on every seed (GAME.md, "Level authoring"). A level with
 * neither script is free play and only has to run. Pure and deterministic; never throws for a
 * simulation failure, which becomes a failure sentence instead.
 */
export function proveLevel(scenario: ScenarioSpec, options: ProveOptions): LevelProof {
  const seeds = [...options.seeds];
  const proof: LevelProof = { levelId: scenario.id, seeds, kind: 'solved', win: [], lose: [], failures: [], notes: [] };
  if (seeds.length === 0) {
    proof.failures.push('no seeds to prove the level on');
    return proof;
  }
  const { win, lose } = options;
  if (win === undefined && lose === undefined) {
    proof.kind = 'freePlay';
    const run = attempt(scenario, seeds[0]!, [], 'the level (free play, no commands)', proof.failures);
    if (run) proof.freePlay = run;
    return proof;
  }
  if (win === undefined) proof.failures.push('the level has a lose script but no win script (a reference solution); a level needs both, or neither for free play');
  if (lose === undefined) proof.failures.push('the level has a win script but no lose script (the level played without its lesson); a level needs both, or neither for free play');

  if (win !== undefined) {
    for (const seed of seeds) {
      const run = attempt(scenario, seed, win, 'win script', proof.failures);
      if (run) proof.win.push(run);
    }
    checkWins(scenario, proof);
    noteRejections('win', proof.win, proof.notes);
  }
  if (lose !== undefined) {
    for (const seed of seeds) {
      const run = attempt(scenario, seed, lose, 'lose script', proof.failures);
      if (!run) continue;
      proof.lose.push(run);
      if (run.outcome === 'won') {
        proof.failures.push(`lose script won on seed ${seed} — the level can be passed without its lesson (${starWord(run.stars)}: uptime ${pct(run.uptimePct)}, cost ${usd(run.costUsd)})`);
      }
    }
    noteRejections('lose', proof.lose, proof.notes);
  }
  return proof;
}

/** Runs one script on one seed; a crash is a failure sentence (it is a bug in the simulation). */
function attempt(scenario: ScenarioSpec, seed: number, script: readonly ScriptedCommand[], what: string, failures: string[]): ProofRun | undefined {
  const rejected: string[] = [];
  try {
    const sim = simulate(scenario, {
      seed,
      script,
      afterStep: (_world, events) => {
        for (const e of events) if (e.type === 'command.rejected') rejected.push(`at ${e.tick} s, ${e.detail ?? 'a command'}`);
      },
    });
    const s = sim.score;
    return {
      seed,
      uptimePct: s.uptimePct,
      requestSuccessPct: s.requestSuccessPct,
      costUsd: s.costUsd,
      stars: s.stars,
      outcome: s.outcome,
      dataLostSeconds: s.dataLostSeconds,
      longestOutageSeconds: s.longestOutageSeconds,
      hash: sim.hash,
      shortOf: shortOf(scenario, s),
      rejected,
    };
  } catch (e) {
    failures.push(`${what} crashed the simulation on seed ${seed}: ${e instanceof Error ? e.message : String(e)} (a bug in the simulation, not in the level)`);
    return undefined;
  }
}

/** Three stars on every seed, par uptime met, and the measured par. */
function checkWins(scenario: ScenarioSpec, proof: LevelProof): void {
  const runs = proof.win;
  if (runs.length === 0) return;
  const worstUptime = Math.min(...runs.map((r) => r.uptimePct));
  const worstCost = Math.max(...runs.map((r) => r.costUsd));
  const suggestedCost = ceilCents(worstCost);
  proof.measuredPar = { uptimePct: worstUptime, costUsd: worstCost };
  proof.suggestedPar = { uptimePct: worstUptime, costUsd: suggestedCost };
  const par = scenario.par;

  const noParCost = par?.costUsd === undefined;
  if (noParCost) {
    proof.failures.push(`par.costUsd is not set, so no run can earn ★★★; the win script's worst cost is ${usd(worstCost)}: set par.costUsd to ${suggestedCost.toFixed(2)}`);
  }
  for (const r of runs) {
    // Without a par cost every run stops at two stars; that is said once above.
    if (r.stars < 3 && !(noParCost && r.stars === 2)) proof.failures.push(`win script earned ${starWord(r.stars)} on seed ${r.seed} (${r.shortOf})`);
    // Under the SLA the line above already says so (and par.uptimePct is never below the SLA).
    if (par?.uptimePct !== undefined && r.uptimePct < par.uptimePct && r.uptimePct >= scenario.objectives.slaPct) {
      proof.failures.push(`win script's uptime on seed ${r.seed} is ${pct(r.uptimePct)}, below par.uptimePct ${pct(par.uptimePct)}`);
    }
  }
  if (par?.costUsd !== undefined && par.costUsd > suggestedCost) {
    proof.notes.push(`par.costUsd ${usd(par.costUsd)} is looser than the win script's worst cost ${usd(worstCost)}; par is what the reference achieves: ${suggestedCost.toFixed(2)}`);
  }
  if (par?.uptimePct !== undefined && par.uptimePct < worstUptime) {
    proof.notes.push(`par.uptimePct ${pct(par.uptimePct)} is looser than the win script's worst uptime ${pct(worstUptime)}`);
  }
}

/** Why the run stopped short of three stars, in the order the stars are earned (src/sim/score.ts). */
function shortOf(scenario: ScenarioSpec, s: Score): string {
  const o = scenario.objectives;
  if (s.stars === 0) {
    const missed: string[] = [];
    if (s.uptimePct < o.slaPct) missed.push(`uptime ${pct(s.uptimePct)} < SLA ${pct(o.slaPct)}`);
    if (o.rpoSeconds !== undefined && s.dataLostSeconds > o.rpoSeconds) missed.push(`data lost ${s.dataLostSeconds} s > RPO ${o.rpoSeconds} s`);
    if (o.rtoSeconds !== undefined && s.longestOutageSeconds > o.rtoSeconds) missed.push(`longest outage ${s.longestOutageSeconds} s > RTO ${o.rtoSeconds} s`);
    return missed.join(', ');
  }
  if (s.stars === 1) return `cost ${usd(s.costUsd, o.budgetUsd)} > budget ${usd(o.budgetUsd ?? 0, s.costUsd)}`;
  if (s.stars === 2) {
    const par = scenario.par?.costUsd;
    return par === undefined ? 'the level sets no par.costUsd' : `cost ${usd(s.costUsd, par)} > par ${usd(par, s.costUsd)}`;
  }
  return '';
}

/** One note per script: which seeds had commands turned down, and the first of them. */
function noteRejections(which: 'win' | 'lose', runs: readonly ProofRun[], notes: string[]): void {
  const hit = runs.filter((r) => r.rejected.length > 0);
  if (hit.length === 0) return;
  const first = hit[0]!;
  const seeds = hit.length === runs.length ? 'every seed' : `seed${hit.length === 1 ? '' : 's'} ${hit.map((r) => r.seed).join(', ')}`;
  const count = first.rejected.length;
  notes.push(`${which} script had commands rejected on ${seeds} (${count} on seed ${first.seed}, first ${first.rejected[0]})`);
}

function starWord(stars: number): string {
  return `${stars} star${stars === 1 ? '' : 's'}`;
}

/** Whole cents, rounded up: a par a little above the measured cost, never below it. */
function ceilCents(usdValue: number): number {
  // The tolerance keeps 4.0000000001 (float noise from micro-dollars) at 4.00.
  return Math.ceil(usdValue * 100 - 1e-6) / 100;
}

/**
 * Dollars with two decimals, or more when two decimals would show `other` as the same figure
 * ("$4.001 > par $4.00" rather than "$4.00 > par $4.00").
 */
function usd(value: number, other?: number): string {
  let places = 2;
  while (other !== undefined && value !== other && places < 6 && value.toFixed(places) === other.toFixed(places)) places++;
  return `$${value.toFixed(places)}`;
}

/** Uptime is kept to three decimals (src/sim/score.ts), so its plain form is already exact. */
function pct(value: number): string {
  return `${value}%`;
}
