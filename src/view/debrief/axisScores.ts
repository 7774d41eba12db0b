import { type ObjectivesSpec, type ScenarioSpec, type Score } from '../../sim';
import { andList, formatElapsed, formatUsd } from '../format';

/** One test a star depends on: "SLA target 98 %: met". */
export interface StarCheck {
  /** Which star (1, 2 or 3) this test is for. */
  star: 1 | 2 | 3;
  label: string;
  met: boolean;
  /** The star was awarded (the stars come in order: a met test can still wait on an earlier star). */
  earned: boolean;
  detail: string;
}

export interface AxisScore {
  axis: 'uptime' | 'cost';
  title: string;
  value: string;
  checks: StarCheck[];
  /** Par on this axis, in words ("par 98.889 %: 0.05 points under par"), when the level has one. */
  par: string | null;
  /** Position of value, target and par on a 0..1 gauge, for the bar beside the number. */
  gauge: { value: number; target: number | null; par: number | null; higherIsBetter: boolean };
  notes: string[];
}

/**
 * Uptime and cost as two separate axes (GAME.md "Scoring"), each with the stars it decides:
 * ★ the SLA target (and the level's RPO and RTO, when it sets them); ★★ within budget; ★★★ at or
 * under par cost. Par uptime is shown for comparison: it is what the reference solution reached.
 */
export function axisScores(score: Score, scenario: Pick<ScenarioSpec, 'objectives' | 'par'>): AxisScore[] {
  const o: ObjectivesSpec = scenario.objectives;
  const par = scenario.par;
  const stars = score.stars;
  const slaMet = score.uptimePct >= o.slaPct;
  const rpoMet = o.rpoSeconds === undefined || score.dataLostSeconds <= o.rpoSeconds;
  const rtoMet = o.rtoSeconds === undefined || score.longestOutageSeconds <= o.rtoSeconds;
  const budgetMet = o.budgetUsd === undefined || score.costUsd <= o.budgetUsd;
  const parMet = par?.costUsd !== undefined && score.costUsd <= par.costUsd;

  // The first star needs every one of its tests: name what it still waits on.
  const firstStar = [
    { name: 'the SLA target', met: slaMet, applies: true },
    { name: 'the RPO', met: rpoMet, applies: o.rpoSeconds !== undefined },
    { name: 'the RTO', met: rtoMet, applies: o.rtoSeconds !== undefined },
  ].filter((t) => t.applies);
  const earned1 = stars >= 1;
  const missing = firstStar.filter((t) => !t.met).map((t) => t.name);
  // A met test on a star not earned says why, so a row never reads "not earned … ✔ met".
  const waits = (met: boolean, detail: string) => (met && !earned1 && missing.length > 0 ? `${detail === 'met' ? 'met' : `${detail} (met)`}, but ★ also needs ${andList(missing)}` : detail);
  const uptimeChecks: StarCheck[] = [{ star: 1, label: `SLA target ${o.slaPct} %`, met: slaMet, earned: earned1, detail: waits(slaMet, slaMet ? 'met' : 'missed') }];
  if (o.rpoSeconds !== undefined) {
    uptimeChecks.push({ star: 1, label: `Data lost at most ${o.rpoSeconds} s (RPO)`, met: rpoMet, earned: earned1, detail: waits(rpoMet, `${score.dataLostSeconds} s lost`) });
  }
  if (o.rtoSeconds !== undefined) {
    uptimeChecks.push({ star: 1, label: `Longest interruption at most ${formatElapsed(o.rtoSeconds)} (RTO)`, met: rtoMet, earned: earned1, detail: waits(rtoMet, `${formatElapsed(score.longestOutageSeconds)} measured`) });
  }
  const budgetLabel = o.budgetUsd !== undefined ? `Within budget ${formatUsd(o.budgetUsd)}` : 'Within budget (this level sets none)';
  const costChecks: StarCheck[] = [
    { star: 2, label: budgetLabel, met: budgetMet, earned: stars >= 2, detail: budgetMet ? (stars >= 2 ? 'met' : 'met, but needs ★ first') : `over by ${formatUsd(score.costUsd - (o.budgetUsd ?? 0))}` },
  ];
  if (par?.costUsd !== undefined) {
    costChecks.push({
      star: 3,
      label: `At or under par ${formatUsd(par.costUsd)}`,
      met: parMet,
      earned: stars >= 3,
      detail: parMet ? (stars >= 3 ? 'met' : 'met, but needs ★★ first') : `${formatUsd(score.costUsd - par.costUsd)} over par`,
    });
  }

  const uptimePar = par?.uptimePct;
  const uptimeLow = Math.max(0, Math.floor(Math.min(score.uptimePct, o.slaPct, uptimePar ?? 100) - 1));
  const toUptime = (v: number) => (v - uptimeLow) / (100 - uptimeLow);
  const costTop = Math.max(score.costUsd, o.budgetUsd ?? 0, par?.costUsd ?? 0) * 1.15 || 1;
  const toCost = (v: number) => v / costTop;

  const budgetNote = score.errorBudgetMinutesLeft >= 0 ? `Error budget: ${score.errorBudgetMinutesLeft} bad ${score.errorBudgetMinutesLeft === 1 ? 'minute' : 'minutes'} to spare` : `Error budget overspent by ${-score.errorBudgetMinutesLeft} minutes`;
  return [
    {
      axis: 'uptime',
      title: 'Uptime',
      value: `${score.uptimePct.toFixed(2)} %`,
      checks: uptimeChecks,
      par: uptimePar === undefined ? null : `Par ${uptimePar} %: ${compare(score.uptimePct - uptimePar, 'points', true)}`,
      gauge: { value: toUptime(score.uptimePct), target: toUptime(o.slaPct), par: uptimePar === undefined ? null : toUptime(uptimePar), higherIsBetter: true },
      notes: [budgetNote, `Requests served: ${score.requestSuccessPct.toFixed(2)} %`],
    },
    {
      axis: 'cost',
      title: 'Cost',
      value: formatUsd(score.costUsd),
      checks: costChecks,
      par: par?.costUsd === undefined ? null : `Par ${formatUsd(par.costUsd)}: ${compareUsd(score.costUsd - par.costUsd)}`,
      gauge: { value: toCost(score.costUsd), target: o.budgetUsd === undefined ? null : toCost(o.budgetUsd), par: par?.costUsd === undefined ? null : toCost(par.costUsd), higherIsBetter: false },
      notes: [],
    },
  ];
}

function compare(delta: number, unit: string, higherIsBetter: boolean): string {
  const d = Math.round(delta * 100) / 100;
  if (d === 0) return 'at par';
  const better = higherIsBetter ? d > 0 : d < 0;
  return `${Math.abs(d).toFixed(2)} ${unit} ${better ? 'better than' : 'short of'} par`;
}

function compareUsd(delta: number): string {
  const cents = Math.round(delta * 100);
  if (cents === 0) return 'at par';
  return cents < 0 ? `${formatUsd(-delta)} under par` : `${formatUsd(delta)} over par`;
}
