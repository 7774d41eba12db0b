import { describe, expect, it } from 'vitest';
import { allowedBadWindows, createWorld, curveAt, DATABASE, instanceHourlyMicros, instanceType, PRICES, SCALING_DEFAULTS, slowFraction, TIMING, type ScenarioSpec, type ScheduledFaultSpec } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';

/**
 * Issue 10 (lessons that cannot be gamed): every number a level's text states is a number of the
 * model. Each row is one claim: the phrase as the text says it, the model's value behind it and the
 * value the phrase means. A constant or a level changed without its text fails here, and so does a
 * text rewritten without its number. What the model does when (a replica during its promotion, how
 * long a DR failover takes) is run in briefingFacts.proof.test.ts.
 */
type Field = 'briefing' | 'debrief' | 'teaches';
interface Claim {
  field: Field;
  says: string;
  model: number;
  /** The value the phrase means, or the range it covers ("a little over a minute"). */
  means: number | readonly [number, number];
}

const FILES: Record<string, string> = {
  lifecycle: '01-lifecycle',
  'spare-tyre': '04-spare-tyre',
  'second-engine': '05-second-engine',
  'spot-and-churn': '06-spot-and-churn',
  'data-tier': '07-data-tier',
  'flash-sale': '09-flash-sale',
  'chaos-day': '10-chaos-day',
};
const level = (id: string): ScenarioSpec => campaignLevel(FILES[id]!).scenario;
const faults = (s: ScenarioSpec, kind: ScheduledFaultSpec['kind']) => (s.faults.scheduled ?? []).filter((f) => f.kind === kind);
/** The level's one fault of a kind (the claims are built before any test runs, so these throw). */
const onlyFault = (s: ScenarioSpec, kind: ScheduledFaultSpec['kind']): ScheduledFaultSpec => {
  const found = faults(s, kind);
  if (found.length !== 1) throw new Error(`${s.id}: expected one ${kind}, found ${found.length}`);
  return found[0]!;
};
/** The same number for every fault of a kind (all three AZs run out of capacity together); NaN when they differ. */
const shared = (values: readonly (number | undefined)[]): number => (new Set(values).size === 1 ? (values[0] ?? NaN) : NaN);
const capacity = (type: string) => instanceType(type)!.capacityRps;
const badMinutesAllowed = (s: ScenarioSpec) => allowedBadWindows(createWorld(s, 1));
const minutes = (ticks: number) => ticks / 60;
const dollarsPerHour = (micros: number) => Math.round(micros / 1000) / 1000;
const demand = (s: ScenarioSpec, tick: number) => s.traffic.curves.reduce((sum, c) => sum + curveAt(c, tick), 0);

function claims(id: string): Claim[] {
  const s = level(id);
  switch (id) {
    case 'lifecycle': {
      // Tuesday 10:00 is the run's end: the always-on pair plus one day server carry it below the
      // load where slow requests make a bad minute.
      const threeServers = 3 * capacity('m5.large');
      const slowPct = 100 * slowFraction(demand(s, s.durationSeconds) / threeServers, s.traffic.serviceMs ?? 20, s.traffic.latencySloMs ?? 500);
      return [
        { field: 'briefing', says: 'at least a minute each time it starts', model: TIMING.minBilledRunningTicks, means: 60 },
        { field: 'debrief', says: 'before 10:00 one of them is enough', model: slowPct, means: [0, s.objectives.badMinuteFailedPct ?? 1] },
      ];
    }
    case 'spare-tyre': {
      const power = onlyFault(s, 'zone.powerInterruption');
      return [
        { field: 'briefing', says: 'm5.large, 100 requests a second each', model: capacity('m5.large'), means: 100 },
        { field: 'briefing', says: 'go dark for half an hour', model: power.durationSeconds!, means: 1800 },
        { field: 'briefing', says: 'about three bad minutes in these three hours', model: badMinutesAllowed(s), means: 3 },
        { field: 'briefing', says: 'in these three hours', model: s.durationSeconds, means: 3 * 3600 },
        { field: 'debrief', says: 'loses power for half an hour', model: power.durationSeconds!, means: 1800 },
      ];
    }
    case 'second-engine': {
      const crunch = faults(s, 'zone.insufficientCapacity');
      return [
        { field: 'briefing', says: 'no bad minute at all', model: badMinutesAllowed(s), means: 0 },
        { field: 'briefing', says: 'carrying 180 requests a second', model: demand(s, 0), means: 180 },
        { field: 'debrief', says: 'for the next half hour every AZ refuses new launches', model: shared(crunch.map((f) => f.durationSeconds)), means: 1800 },
        { field: 'debrief', says: 'every AZ refuses', model: crunch.length, means: s.regions[0]!.zones.length },
      ];
    }
    case 'spot-and-churn': {
      const crunches = [...new Set(faults(s, 'zone.insufficientCapacity').map((f) => f.atSeconds))];
      const first = Math.min(...crunches.map(Number));
      const reclaimedAtFirst = faults(s, 'instance.spotInterruption').filter((f) => f.atSeconds === first).map((f) => f.target);
      const spot = s.estate.instances!.filter((i) => i.purchase === 'spot').map((i) => i.id);
      const spotRate = s.faults.random!.find((r) => r.kind === 'instance.spotInterruption')!.perHour;
      return [
        { field: 'teaches', says: '70 % off here', model: PRICES.spotDiscountPct, means: 70 },
        { field: 'briefing', says: 'five m5.large at 70 % off', model: PRICES.spotDiscountPct, means: 70 },
        { field: 'briefing', says: 'five m5.large', model: spot.length, means: 5 },
        { field: 'briefing', says: 'a two-minute interruption notice', model: TIMING.spotNoticeTicks, means: 120 },
        { field: 'briefing', says: 'about every 20 minutes', model: 60 / spotRate, means: 20 },
        { field: 'briefing', says: 'Twice today spare capacity runs out', model: crunches.length, means: 2 },
        { field: 'briefing', says: 'for most of an hour', model: Math.min(...faults(s, 'zone.insufficientCapacity').map((f) => f.durationSeconds!)), means: [1800, 3599] },
        { field: 'briefing', says: 'takes back the five spot instances you start with', model: reclaimedAtFirst.filter((t) => spot.includes(t!)).length, means: spot.length },
        { field: 'briefing', says: 'One m5.large serves 100 req/s', model: capacity('m5.large'), means: 100 },
        { field: 'briefing', says: '$0.096/h on demand', model: dollarsPerHour(instanceHourlyMicros({ type: 'm5.large', purchase: 'onDemand' })), means: 0.096 },
        { field: 'briefing', says: '$0.029/h as spot', model: dollarsPerHour(instanceHourlyMicros({ type: 'm5.large', purchase: 'spot' })), means: 0.029 },
        { field: 'briefing', says: 'Demand is 300 req/s', model: demand(s, 0), means: 300 },
        { field: 'briefing', says: 'lifts it to 700 req/s', model: demand(s, 5400), means: 700 },
      ];
    }
    case 'data-tier': {
      const failure = onlyFault(s, 'database.primaryFailure').atSeconds!;
      return [
        { field: 'briefing', says: 'one in five writes an order', model: s.traffic.writePct!, means: 20 },
        { field: 'briefing', says: 'the transaction log every 5 minutes', model: minutes(DATABASE.logUploadIntervalTicks), means: 5 },
        { field: 'briefing', says: 'at most 5 minutes before a failure', model: minutes(DATABASE.logUploadIntervalTicks), means: 5 },
        { field: 'briefing', says: 'which takes about 20 minutes', model: minutes(DATABASE.restoreTicks), means: 20 },
        { field: 'briefing', says: 'takes over in 60–120 seconds', model: DATABASE.failoverMinTicks, means: 60 },
        { field: 'briefing', says: 'takes over in 60–120 seconds', model: DATABASE.failoverMaxTicks, means: 120 },
        { field: 'briefing', says: 'it needs 30 minutes to sync', model: minutes(DATABASE.multiAzConversionTicks), means: 30 },
        { field: 'briefing', says: 'it doubles the database bill', model: DATABASE.multiAzPriceFactor, means: 2 },
        { field: 'briefing', says: 'A read replica (15 minutes to build)', model: minutes(DATABASE.replicaCreateTicks), means: 15 },
        { field: 'briefing', says: 'a few seconds behind', model: DATABASE.replicaLagTicks, means: [1, 9] },
        { field: 'briefing', says: 'five minutes in which it serves nothing', model: minutes(DATABASE.promoteTicks), means: 5 },
        { field: 'briefing', says: 'at most 60 seconds of writes lost', model: s.objectives.rpoSeconds!, means: 60 },
        { field: 'briefing', says: 'no outage longer than 5 minutes', model: s.objectives.rtoSeconds!, means: 300 },
        { field: 'briefing', says: '98 % good minutes', model: s.objectives.slaPct, means: 98 },
        { field: 'teaches', says: 'fails over in a minute or two', model: DATABASE.failoverMaxTicks, means: [60, 120] },
        { field: 'teaches', says: 'restoring a backup takes twenty minutes', model: minutes(DATABASE.restoreTicks), means: 20 },
        { field: 'debrief', says: 'in another AZ in a minute or two', model: DATABASE.failoverMinTicks, means: [60, 120] },
        { field: 'debrief', says: 'at least 20 minutes down', model: minutes(DATABASE.restoreTicks), means: 20 },
        // The writes since the last log upload before the failure are lost.
        { field: 'debrief', says: 'two minutes here', model: minutes(failure % DATABASE.logUploadIntervalTicks), means: 2 },
        { field: 'debrief', says: 'up to five in general', model: minutes(DATABASE.logUploadIntervalTicks), means: 5 },
        { field: 'debrief', says: 'promoting it takes five minutes', model: minutes(DATABASE.promoteTicks), means: 5 },
        { field: 'debrief', says: 'a couple of seconds of orders', model: DATABASE.replicaLagTicks, means: 2 },
      ];
    }
    case 'flash-sale': {
      const sale = s.traffic.curves.find((c) => c.kind === 'spike')!;
      const surges = faults(s, 'traffic.spike');
      return [
        { field: 'briefing', says: 'm5.large servers (100 req/s each)', model: capacity('m5.large'), means: 100 },
        { field: 'briefing', says: 'from 150 to 300 req/s', model: demand(s, 0), means: 150 },
        { field: 'briefing', says: 'from 150 to 300 req/s', model: demand(s, s.durationSeconds), means: 300 },
        { field: 'briefing', says: 'surge of half as much again', model: shared(surges.map((f) => f.spikePct)), means: 150 },
        { field: 'briefing', says: 'for 45 minutes demand triples', model: minutes(sale.kind === 'spike' ? sale.durationSeconds : 0), means: 45 },
        { field: 'briefing', says: 'demand triples', model: demand(s, 7200) / (demand(s, 7200) - (sale.kind === 'spike' ? sale.extraRps : 0)), means: 3 },
        { field: 'briefing', says: 'after three one-minute datapoints', model: minutes(SCALING_DEFAULTS.scaleOutAlarmTicks), means: 3 },
        { field: 'briefing', says: 'about two bad minutes in four hours', model: badMinutesAllowed(s), means: 2 },
        { field: 'debrief', says: 'three minutes of datapoints', model: minutes(SCALING_DEFAULTS.scaleOutAlarmTicks), means: 3 },
        { field: 'debrief', says: 'one small step every quarter of an hour', model: minutes(SCALING_DEFAULTS.scaleInAlarmTicks), means: 15 },
      ];
    }
    case 'chaos-day': {
      const power = onlyFault(s, 'zone.powerInterruption');
      const crunch = faults(s, 'zone.insufficientCapacity');
      return [
        { field: 'briefing', says: 'It serves 200 req/s', model: demand(s, 0), means: 200 },
        { field: 'briefing', says: 'one request in five writes an order', model: s.traffic.writePct!, means: 20 },
        { field: 'briefing', says: 'lose power for half an hour', model: power.durationSeconds!, means: 1800 },
        { field: 'briefing', says: 'launches will fail for a while', model: crunch.length, means: s.regions[0]!.zones.length },
        { field: 'briefing', says: 'a Multi-AZ standby, which needs 30 minutes to sync', model: minutes(DATABASE.multiAzConversionTicks), means: 30 },
        { field: 'briefing', says: 'copy of the data in us-west-2 takes 30 minutes', model: minutes(DATABASE.crossRegionReplicaCreateTicks), means: 30 },
        { field: 'briefing', says: 'no outage longer than 15 minutes', model: s.objectives.rtoSeconds!, means: 900 },
        { field: 'briefing', says: 'at most 60 seconds of orders lost', model: s.objectives.rpoSeconds!, means: 60 },
        { field: 'briefing', says: '95 % good minutes', model: s.objectives.slaPct, means: 95 },
        { field: 'briefing', says: 'an $8.50 budget', model: s.objectives.budgetUsd!, means: 8.5 },
        { field: 'debrief', says: 'for a quarter of an hour nothing can be launched anywhere', model: shared(crunch.map((f) => f.durationSeconds)), means: 900 },
        { field: 'debrief', says: 'takes over in a minute or two', model: DATABASE.failoverMaxTicks, means: [60, 120] },
        { field: 'debrief', says: 'inside the 15-minute RTO', model: s.objectives.rtoSeconds!, means: 900 },
      ];
    }
    default:
      throw new Error(`no claims listed for ${id}`);
  }
}

describe('every number a campaign text states is the model\'s', () => {
  const rows = Object.keys(FILES).flatMap((id) => claims(id).map((c) => [id, c.field, c.says, c] as const));
  it.each(rows)('%s %s: "%s"', (id, field, says, claim) => {
    expect(level(id)[field], `${id}.${field} no longer says "${says}": update this table with the text`).toContain(says);
    if (typeof claim.means === 'number') expect(claim.model, `"${says}" in ${id}.${field}`).toBeCloseTo(claim.means, 6);
    else {
      expect(claim.model, `"${says}" in ${id}.${field}`).toBeGreaterThanOrEqual(claim.means[0]);
      expect(claim.model, `"${says}" in ${id}.${field}`).toBeLessThanOrEqual(claim.means[1]);
    }
  });
});
