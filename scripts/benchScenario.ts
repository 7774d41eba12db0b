import { type ScenarioSpec } from '../src/sim';

/**
 * The benchmark estate: two Regions of three AZs, an Auto Scaling group of `instances / 2` m5.large
 * behind a load balancer in each, weighted DNS across both, a daily wave of demand at about 60 % of
 * capacity, and faults firing: random instance terminations, an AZ power cut and a traffic spike.
 */
export function benchScenario(instances: number, durationSeconds = 86_400): ScenarioSpec {
  const perRegion = Math.max(1, Math.floor(instances / 2));
  const regions = [
    { id: 'us-east-1', zones: ['use1-az1', 'use1-az2', 'use1-az3'] },
    { id: 'us-west-2', zones: ['usw2-az1', 'usw2-az2', 'usw2-az3'] },
  ];
  const capacity = perRegion * 2 * 100;
  return {
    formatVersion: 2,
    id: `bench-${instances}`,
    title: `Benchmark: ${instances} instances`,
    durationSeconds,
    regions,
    estate: {
      loadBalancers: regions.map((r) => ({ id: `${r.id}-alb`, region: r.id, zones: r.zones })),
      scalingGroups: regions.map((r) => ({
        id: `${r.id}-web`,
        region: r.id,
        zones: r.zones,
        type: 'm5.large',
        min: perRegion,
        max: perRegion * 2,
        desired: perRegion,
        loadBalancer: `${r.id}-alb`,
        healthCheckType: 'elb' as const,
        policy: { metric: 'cpu' as const, target: 70 },
      })),
      databases: [{ id: 'db', region: 'us-east-1', zone: 'use1-az1', multiAz: true }],
      dns: { policy: 'weighted', endpoints: regions.map((r) => ({ id: r.id, region: r.id, target: `${r.id}-alb`, weight: 1 })) },
      sessions: 'store',
    },
    // Both Regions' web tiers use the one database in us-east-1.
    topology: { calls: regions.map((r) => ({ from: `${r.id}-alb`, to: 'db' })) },
    traffic: { curves: [{ kind: 'dailyWave', baseRps: capacity * 0.3, peakRps: capacity * 0.6, peakHour: 14 }], noisePct: 5 },
    faults: {
      scheduled: [
        { atSeconds: Math.floor(durationSeconds / 3), kind: 'zone.powerInterruption', target: 'use1-az2', durationSeconds: 1800 },
        { atSeconds: Math.floor(durationSeconds / 2), kind: 'traffic.spike', spikePct: 150, durationSeconds: 900 },
      ],
      random: [{ kind: 'instance.terminate', perHour: 0.02 }],
    },
    objectives: { slaPct: 99 },
  };
}
