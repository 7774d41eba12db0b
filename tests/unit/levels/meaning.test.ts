import { describe, expect, it } from 'vitest';
import { estimateStartingCost } from '../../../src/levels/meaning/estimateStartingCost';
import { parseLevel } from '../../../src/levels/parseLevel';
import { type ScenarioSpec, step, createWorld } from '../../../src/sim';
import { base, expectOk, messages, problemsAfter, type LevelJson } from './helpers';

const X = 'levels/x.json';
/** The problems without the file prefix, for shorter expectations. */
const after = (edit: (l: LevelJson) => void): string[] => problemsAfter(edit).map((m) => m.slice(`${X} › `.length));

/** A level that uses most of the format, all of it valid. */
function richLevel(): LevelJson {
  const l = base();
  l.estate.instances.push(
    { id: 'spot-1', zone: 'use1-az3', type: 't3.micro', purchase: 'spot', diskGb: 16 },
    { id: 'standby-1', zone: 'usw2-az1', type: 'm5.large', stopped: true, tenancy: 'dedicated' },
  );
  l.estate.loadBalancers.push({ id: 'west-alb', region: 'us-west-2', zones: ['usw2-az1', 'usw2-az2'], crossZone: false, sticky: true, healthCheck: { intervalSeconds: 10, unhealthyThreshold: 3, healthyThreshold: 2 } });
  l.estate.scalingGroups = [
    {
      id: 'web-asg',
      region: 'us-east-1',
      zones: ['use1-az1', 'use1-az2'],
      type: 'm7g.large',
      min: 1,
      max: 6,
      desired: 2,
      loadBalancer: 'web-alb',
      healthCheckType: 'elb',
      policy: { metric: 'cpu', target: 50 },
      scheduled: [{ atSeconds: 3600, desired: 4, max: 8 }],
    },
  ];
  l.estate.databases[0].replicas = [{ id: 'orders-replica', zone: 'use1-az3' }];
  l.estate.dns = {
    policy: 'failover',
    ttlSeconds: 60,
    endpoints: [
      { id: 'shop', region: 'us-east-1', target: 'web-alb', role: 'primary' },
      { id: 'shop-west', region: 'us-west-2', target: 'west-alb', role: 'secondary', weight: 0 },
    ],
  };
  l.estate.dr = { posture: 'warmStandby', primaryRegion: 'us-east-1', drRegion: 'us-west-2' };
  l.traffic.curves.push({ kind: 'steady', rps: 20 }, { kind: 'ramp', fromRps: 0, toRps: 50, startSeconds: 600, endSeconds: 1200 }, { kind: 'spike', atSeconds: 5000, durationSeconds: 300, extraRps: 100 });
  Object.assign(l.traffic, { writePct: 5, sessionPct: 30, bytesPerRequest: 10_000, serviceMs: 25, latencySloMs: 400 });
  l.faults.scheduled.push(
    { atSeconds: 100, kind: 'instance.spotInterruption', target: 'spot-1' },
    { atSeconds: 200, kind: 'region.outage', target: 'us-west-2', durationSeconds: 600 },
    { atSeconds: 300, kind: 'database.primaryFailure', target: 'orders-db' },
    { atSeconds: 400, kind: 'traffic.spike', spikePct: 250, durationSeconds: 120 },
  );
  l.faults.random.push({ kind: 'zone.insufficientCapacity', perHour: 0.1, durationSeconds: 300, targetPrefix: 'use1' });
  l.objectives = { slaPct: 99.5, badMinuteFailedPct: 2, budgetUsd: 50, rpoSeconds: 300, rtoSeconds: 600 };
  l.allowedCommands = ['instance.launch', 'instance.terminate'];
  l.allowedInstanceTypes = ['m5.large', 't3.micro', 'm7g.large'];
  l.par = { uptimePct: 99.9, costUsd: 20 };
  return l;
}

describe('a valid level the simulation can trust', () => {
  it('uses most of the format and parses', () => {
    expectOk(parseLevel(richLevel(), X));
  });

  it('builds a World that runs', () => {
    const result = parseLevel(richLevel(), X);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    const world = createWorld(result.scenario, 7);
    for (let i = 0; i < 600; i++) step(world, []);
    expect(world.tick).toBe(600);
  });
});

describe('Regions and ids', () => {
  it('a Region needs three zones, with suggested ids', () => {
    expect(after((l) => (l.regions[1].zones = ['usw2-az1']))).toEqual([
      'regions[1].zones: region "us-west-2" has 1 zone; every AWS Region has at least 3 (add "usw2-az2" and "usw2-az3", or other Availability Zone ids)',
    ]);
  });

  it('ids are unique across kinds', () => {
    expect(after((l) => (l.estate.databases[0].id = 'use1-az2'))).toEqual([
      'estate.databases[0].id: "use1-az2" is already used at regions[0].zones[1] (ids must be unique across the whole level: Regions, zones, instances, load balancers, scaling groups, databases, replicas, queues and DNS endpoints)',
    ]);
  });

  it('ids the game makes up are kept free', () => {
    expect(after((l) => (l.estate.instances[0].id = 'i-0001'))).toEqual([
      'estate.instances[0].id: "i-0001" looks like an id the game makes up for new things during a run (choose a descriptive id such as "web-1")',
    ]);
    const l = richLevel();
    l.estate.dns.endpoints[1].id = 'us-west-2-endpoint';
    expect(messages(parseLevel(l, X))).toEqual([
      `${X} › estate.dns.endpoints[1].id: "us-west-2-endpoint" is the name the DR posture gives its own endpoint (choose another id)`,
    ]);
  });
});

describe('the estate', () => {
  it('an instance in a zone of no Region', () => {
    expect(after((l) => (l.estate.instances[2].zone = 'use1-az4'))).toEqual([
      'estate.instances[2].zone: "use1-az4" is not a zone of any region (zones: use1-az1, use1-az2, use1-az3, usw2-az1, usw2-az2, usw2-az3) (did you mean "use1-az1"?)',
    ]);
  });

  it('an instance behind a load balancer that does not exist, or is in another Region', () => {
    expect(after((l) => (l.estate.instances[0].loadBalancer = 'web-lb'))).toEqual([
      'estate.instances[0].loadBalancer: there is no load balancer "web-lb" (load balancers: web-alb) (did you mean "web-alb"?)',
    ]);
    expect(after((l) => (l.estate.instances[0].zone = 'usw2-az1'))).toEqual([
      'estate.instances[0].loadBalancer: load balancer "web-alb" is in region "us-east-1", but web-1 runs in region "us-west-2" (a load balancer only reaches instances in its own Region)',
    ]);
  });

  it('a wrong Region is reported once, not again by everything that refers to it', () => {
    expect(after((l) => (l.estate.loadBalancers[0].region = 'us-east1'))).toEqual([
      'estate.loadBalancers[0].region: "us-east1" is not a region of this level (regions: us-east-1, us-west-2) (did you mean "us-east-1"?)',
    ]);
  });

  it('instance types must be allowed by the level', () => {
    expect(after((l) => (l.allowedInstanceTypes = ['t3.micro']))).toEqual(
      [0, 1, 2].map((i) => `estate.instances[${i}].type: "m5.large" is not one of the allowedInstanceTypes (t3.micro) (add it to allowedInstanceTypes, or use one of those)`),
    );
  });

  it('scaling groups: sizes, zones, load balancer, schedule', () => {
    const group = (extra: object) => (l: LevelJson) => {
      l.estate.scalingGroups = [{ id: 'asg-web', region: 'us-east-1', zones: ['use1-az1', 'use1-az2'], type: 'm5.large', min: 1, max: 4, desired: 2, ...extra }];
    };
    expect(after(group({ min: 5 }))).toEqual(['estate.scalingGroups[0].min: min (5) is more than max (4)']);
    expect(after(group({ desired: 0 }))).toEqual(['estate.scalingGroups[0].desired: desired (0) must lie between min (1) and max (4)']);
    expect(after(group({ zones: ['use1-az1', 'use1-az1'] }))).toEqual(['estate.scalingGroups[0].zones[1]: "use1-az1" is listed twice']);
    expect(after(group({ zones: ['usw2-az1'] }))).toEqual([
      'estate.scalingGroups[0].zones[0]: "usw2-az1" is not a zone of region "us-east-1" (zones: use1-az1, use1-az2, use1-az3) ("usw2-az1" is in region "us-west-2")',
    ]);
    expect(after(group({ region: 'us-west-2', zones: ['usw2-az1'], loadBalancer: 'web-alb' }))).toEqual([
      'estate.scalingGroups[0].loadBalancer: load balancer "web-alb" is in region "us-east-1", but the group launches in region "us-west-2" (a load balancer only reaches instances in its own Region)',
    ]);
    expect(after(group({ scheduled: [{ atSeconds: 9000, min: 3, max: 2 }] }))).toEqual([
      'estate.scalingGroups[0].scheduled[0].min: min (3) is more than max (2)',
      'estate.scalingGroups[0].scheduled[0].atSeconds: starts at 9000 s, but the level ends at 7200 s (use a time below 7200, or lengthen durationSeconds)',
    ]);
    expect(after(group({ max: 501 }))).toEqual(['estate.scalingGroups[0].max: must be at most 500, got 501']);
  });

  it('databases: standby and replica zones', () => {
    expect(after((l) => (l.estate.databases[0].standbyZone = 'use1-az1'))).toEqual([
      'estate.databases[0].standbyZone: the standby must be in another zone than the primary ("use1-az1") (Multi-AZ keeps the standby in a different Availability Zone)',
    ]);
    expect(after((l) => (l.estate.databases[0].multiAz = false))).toEqual([
      'estate.databases[0].standbyZone: a standby zone needs "multiAz": true (set "multiAz": true, or remove standbyZone)',
    ]);
    expect(after((l) => (l.estate.databases[0].replicas = [{ id: 'r1', zone: 'usw2-az1' }]))).toEqual([
      'estate.databases[0].replicas[0].zone: "usw2-az1" is not a zone of region "us-east-1" (zones: use1-az1, use1-az2, use1-az3) ("usw2-az1" is in region "us-west-2")',
    ]);
  });

  it('DNS endpoints lead somewhere in their own Region', () => {
    expect(after((l) => (l.estate.dns.endpoints[0].target = 'web-lb'))).toEqual([
      'estate.dns.endpoints[0].target: there is no load balancer or instance "web-lb" (load balancers or instances: web-alb, web-1, web-2, web-3) (did you mean "web-alb"?)',
    ]);
    expect(after((l) => (l.estate.dns.endpoints[0].region = 'us-west-2'))).toEqual([
      'estate.dns.endpoints[0].target: "web-alb" is in region "us-east-1", but the endpoint serves region "us-west-2" (set "region": "us-east-1", or point it at something in "us-west-2")',
    ]);
    expect(after((l) => (l.estate.dns.endpoints[0].target = 'web-2'))).toEqual([]);
  });

  it('a DR posture names two different Regions of the level', () => {
    expect(after((l) => (l.estate.dr = { posture: 'pilotLight', primaryRegion: 'us-east-1', drRegion: 'us-east-1' }))).toEqual([
      'estate.dr.drRegion: the DR Region must differ from the primary Region (for example "us-west-2")',
    ]);
    expect(after((l) => (l.estate.dr = { posture: 'pilotLight', primaryRegion: 'eu-west-1', drRegion: 'us-west-2' }))).toEqual([
      'estate.dr.primaryRegion: "eu-west-1" is not a region of this level (regions: us-east-1, us-west-2) (did you mean "us-west-2"?)',
    ]);
  });
});

describe('the timeline', () => {
  const fault = (f: object) => (l: LevelJson) => (l.faults.scheduled = [f]);

  it('each fault kind hits its kind of target', () => {
    expect(after(fault({ atSeconds: 10, kind: 'zone.powerInterruption', target: 'us-east-1' }))).toEqual([
      'faults.scheduled[0].target: "us-east-1" is not a zone of any region (zones: use1-az1, use1-az2, use1-az3, usw2-az1, usw2-az2, usw2-az3) ("us-east-1" is a Region; zone.powerInterruption needs a zone id)',
    ]);
    expect(after(fault({ atSeconds: 10, kind: 'region.outage', target: 'use1-az1' }))).toEqual([
      'faults.scheduled[0].target: there is no region "use1-az1" (regions: us-east-1, us-west-2) ("use1-az1" is a zone; region.outage needs a Region id)',
    ]);
    expect(after(fault({ atSeconds: 10, kind: 'database.primaryFailure', target: 'orders' }))).toEqual([
      'faults.scheduled[0].target: there is no database "orders" (databases: orders-db) (did you mean "orders-db"?)',
    ]);
    expect(after(fault({ atSeconds: 10, kind: 'instance.reboot' }))).toEqual([
      'faults.scheduled[0].target: required field is missing (add it: an instance id for instance.reboot to hit)',
    ]);
    expect(after(fault({ atSeconds: 10, kind: 'instance.spotInterruption', target: 'web-1' }))).toEqual([
      'faults.scheduled[0].target: spot interruptions only reach spot instances; "web-1" is on-demand (set "purchase": "spot" on web-1)',
    ]);
  });

  it('traffic.spike takes a size and no target; nothing else takes a size', () => {
    expect(after(fault({ atSeconds: 10, kind: 'traffic.spike', target: 'web-1' }))).toEqual([
      'faults.scheduled[0].target: traffic.spike hits all traffic and takes no target (remove target)',
      'faults.scheduled[0].spikePct: required field is missing (add it: how big the spike is, in percent of normal demand; 300 is three times)',
    ]);
    expect(after(fault({ atSeconds: 10, kind: 'instance.stop', target: 'web-1', spikePct: 200 }))).toEqual([
      'faults.scheduled[0].spikePct: spikePct applies only to traffic.spike, not instance.stop (remove spikePct)',
    ]);
  });

  it('curves fit the level', () => {
    const curve = (c: object) => (l: LevelJson) => (l.traffic.curves = [c]);
    expect(after(curve({ kind: 'ramp', fromRps: 1, toRps: 2, startSeconds: 600, endSeconds: 600 }))).toEqual([
      'traffic.curves[0].endSeconds: the ramp ends at 600 s, not after it starts (600 s)',
    ]);
    expect(after(curve({ kind: 'ramp', fromRps: 1, toRps: 2, startSeconds: 600, endSeconds: 9000 }))).toEqual([
      'traffic.curves[0].endSeconds: the ramp ends at 9000 s, after the level ends at 7200 s (use an endSeconds of at most 7200)',
    ]);
    expect(after(curve({ kind: 'spike', atSeconds: 7000, durationSeconds: 600, extraRps: 10 }))).toEqual([
      'traffic.curves[0].durationSeconds: the spike runs until 7600 s, after the level ends at 7200 s (use a durationSeconds of at most 200)',
    ]);
    expect(after(curve({ kind: 'dailyWave', baseRps: 100, peakRps: 50, peakHour: 3 }))).toEqual([
      'traffic.curves[0].peakRps: the peak (50 req/s) is below the base (100 req/s) (peakRps is the busiest hour, baseRps the quietest)',
    ]);
    expect(after(curve({ kind: 'steady', rps: 10, extra: 1 }))).toEqual(['traffic.curves[0].extra: unknown field (fields here: kind, rps)']);
  });
});

describe('objectives that can be met in principle', () => {
  it('a latency SLO an idle server cannot keep', () => {
    expect(after((l) => Object.assign(l.traffic, { serviceMs: 200, latencySloMs: 300 }))).toEqual([
      'traffic.latencySloMs: with serviceMs 200 and latencySloMs 300, 22.3 % of requests miss the latency SLO even on an idle server, more than the 1 % a good minute allows, so the SLA cannot be met (make latencySloMs at least 922, lower serviceMs, or raise objectives.badMinuteFailedPct)',
    ]);
  });

  it('demand with nowhere to go', () => {
    expect(after((l) => delete l.estate.dns)).toEqual([
      'estate: there is demand but no DNS endpoint, so no request can reach the service and the SLA cannot be met (add estate.dns.endpoints pointing at a load balancer or an instance)',
    ]);
  });

  it('an SLA of 0 or above 100, and a par that would lose', () => {
    expect(after((l) => (l.objectives.slaPct = 0))).toEqual(['objectives.slaPct: must be greater than 0, got 0']);
    expect(after((l) => (l.objectives.slaPct = 100.5))).toEqual(['objectives.slaPct: must be at most 100, got 100.5']);
    expect(after((l) => (l.par = { uptimePct: 96.5 }))).toEqual(['par.uptimePct: the par uptime (96.5 %) is below the SLA target (97 %): the reference solution would lose']);
  });
});

describe('estimateStartingCost', () => {
  const level = (estate: ScenarioSpec['estate'], durationSeconds = 3600): ScenarioSpec => {
    const l = base();
    return { ...l, durationSeconds, estate } as ScenarioSpec;
  };

  it('one t3.nano for an hour: its price plus its 8 GB disk', () => {
    const cost = estimateStartingCost(level({ instances: [{ id: 'a', zone: 'use1-az1', type: 't3.nano' }] }));
    // $0.08 per GB-month over a 730-hour month: 8 GB for one hour.
    expect(cost.micros).toEqual({ compute: 5_200, disks: Math.round((80_000 * 8) / 730) });
  });

  it('spot is 70 % off, stopped instances pay only disks, hosts pay per host-hour', () => {
    const cost = estimateStartingCost(
      level({
        instances: [
          { id: 'a', zone: 'use1-az1', type: 'm5.large', purchase: 'spot' },
          { id: 'b', zone: 'use1-az1', type: 'm5.large', stopped: true },
          { id: 'c', zone: 'use1-az1', type: 'm5.large', tenancy: 'host', stopped: true },
        ],
      }),
    );
    expect(cost.micros.compute).toBe(28_800);
    expect(cost.micros.dedicated).toBe(4_600_000);
  });

  it('load balancers bill each started hour whole; Multi-AZ doubles a database', () => {
    const cost = estimateStartingCost(
      level({ loadBalancers: [{ id: 'lb', region: 'us-east-1', zones: ['use1-az1'] }], databases: [{ id: 'd', region: 'us-east-1', zone: 'use1-az1', multiAz: true }] }, 5400),
    );
    expect(cost.micros.loadBalancers).toBe(45_000);
    expect(cost.micros.databases).toBe(171_000 * 2 * 1.5);
  });
});

describe('order of checks', () => {
  it('meaning is checked only once the shape is right', () => {
    expect(
      after((l) => {
        l.estate.instances[0].zone = 'nowhere';
        l.speed = -1;
      }),
    ).toEqual(['speed: must be greater than 0, got -1']);
  });
});

describe('the request path (topology.calls)', () => {
  const withCalls = (calls: unknown[]) => (l: LevelJson) => {
    l.formatVersion = 2;
    l.topology = { calls };
  };

  it('accepts calls from a load balancer or an instance to a database', () => {
    expect(after(withCalls([{ from: 'web-alb', to: 'orders-db', sharePct: 40 }]))).toEqual([]);
  });

  it('says what a misplaced id is, and suggests the nearest one for a typo', () => {
    expect(
      after(
        withCalls([
          { from: 'shop', to: 'orders-db' },
          { from: 'web-alx', to: 'orders-db' },
          { from: 'web-alb', to: 'web-alb' },
          { from: 'web-alb', to: 'orders-db' },
          { from: 'web-alb', to: 'orders-db' },
        ]),
      ),
    ).toEqual([
      'topology.calls[0].from: "shop" is a DNS endpoint; a call starts at a load balancer or an instance (what serves the request)',
      'topology.calls[1].from: there is no load balancer or instance "web-alx" (load balancers or instances: web-alb, web-1, web-2, web-3) (did you mean "web-alb"?)',
      'topology.calls[2].to: "web-alb" is a load balancer; a call goes to a database or a queue',
      'topology.calls[4]: web-alb → orders-db is listed twice (keep one call per pair and set its sharePct)',
    ]);
  });
});
