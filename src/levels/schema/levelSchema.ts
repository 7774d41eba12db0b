import { COMMAND_TYPES } from '../../sim/commands/types';
import { MAX_SPIKE_PCT } from '../../sim/faults';
import { DATABASE_SIZES, DNS_DEFAULTS, LB_HEALTH_CHECK, SCALING_DEFAULTS, type DatabaseSize } from '../../sim/model/constants';
import { INSTANCE_TYPES } from '../../sim/model/instanceTypes';
import { DR_POSTURES } from '../../sim/model/lifecycles';
import { FAULT_KINDS } from '../../sim/model/scenario';
import { LEVEL_LIMITS as L } from '../../shared/levelLimits';
import { array, boolean, constant, integer, number, object, oneOf, optional, required, string, union } from '../../shared/schema/dsl';

/**
 * The level file format, described once. Read top-down it is the authoring reference; the shape
 * validator, the JSON Schema in levels/level.schema.json and the docs all come from it, and
 * levelType.ts proves at compile time that it describes exactly ScenarioSpec.
 */

export const CURRENT_FORMAT_VERSION = 1;

export const PURCHASES = ['onDemand', 'spot'] as const;
export const TENANCIES = ['shared', 'dedicated', 'host'] as const;
export const SCALING_METRICS = ['cpu', 'requestsPerTarget'] as const;
export const DATABASE_SIZE_NAMES = Object.keys(DATABASE_SIZES) as DatabaseSize[];
export const INSTANCE_TYPE_NAMES: readonly string[] = INSTANCE_TYPES.map((t) => t.name);
const COMMAND_TYPE_NAMES: readonly string[] = COMMAND_TYPES;

const DAYS_30 = '30 days';
const ID_PATTERN = {
  regex: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  noun: 'id',
  says: 'ids use letters, digits, ".", "_" and "-", and start with a letter or digit',
};

const id = (description: string) => string({ description, maxLength: L.idLength, minLength: 1, pattern: ID_PATTERN });
const seconds = (description: string, min = 0) => integer({ description, min, max: L.durationSeconds, maxSays: DAYS_30 });
const percent = (description: string) => number({ description, min: 0, max: 100 });
const rps = (description: string) => number({ description, min: 0, max: 1_000_000 });
const zoneList = (description: string) => array(id('An Availability Zone id of this Region.'), { description, minItems: 1, maxItems: L.zonesPerRegion });

const region = object(
  {
    id: required(id('The Region id, e.g. "us-east-1".')),
    zones: required(
      array(id('An Availability Zone id, e.g. "use1-az1" (AZ ids are the same in every AWS account).'), {
        description: 'The Availability Zones of this Region, at least three (every AWS Region has at least three).',
        minItems: 1,
        maxItems: L.zonesPerRegion,
      }),
    ),
  },
  { description: 'An AWS Region and its Availability Zones.' },
);

const instance = object(
  {
    id: required(id('A unique id for this instance, e.g. "web-1".')),
    zone: required(id('The Availability Zone it runs in.')),
    type: required(oneOf(INSTANCE_TYPE_NAMES, { description: 'The instance type, e.g. "m5.large".', noun: 'instance type' })),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand, or spot (70 % cheaper, but AWS may reclaim it with two minutes\' notice).', noun: 'purchase option' }), { default: 'onDemand' }),
    tenancy: optional(oneOf(TENANCIES, { description: 'Shared hardware, a Dedicated Instance ($2/h per Region fee) or a Dedicated Host (billed per host-hour).', noun: 'tenancy' }), { default: 'shared' }),
    stopped: optional(boolean({ description: 'Starts stopped instead of running (a pilot light\'s app servers).' }), { default: false }),
    loadBalancer: optional(id('The load balancer it is registered with (same Region); it starts healthy.')),
    diskGb: optional(integer({ description: 'EBS root volume, GB; billed while running and while stopped.', min: 1, max: 16_384 }), { default: 8 }),
  },
  { description: 'An EC2 instance that is already running when the level starts.' },
);

const loadBalancer = object(
  {
    id: required(id('A unique id for this load balancer, e.g. "web-alb".')),
    region: required(id('The Region it lives in.')),
    zones: required(zoneList('The Availability Zones it serves (zones of its Region).')),
    crossZone: optional(boolean({ description: 'Spread requests across all enabled zones (always on for an ALB).' }), { default: true }),
    sticky: optional(boolean({ description: 'Sticky sessions: a user keeps going to the same instance.' }), { default: false }),
    healthCheck: optional(
      object(
        {
          intervalSeconds: optional(integer({ description: 'Seconds between health checks (ALB range 5–300).', min: 5, max: 300 }), { default: LB_HEALTH_CHECK.intervalTicks }),
          unhealthyThreshold: optional(integer({ description: 'Failed checks in a row before a target is taken out (2–10).', min: 2, max: 10 }), { default: LB_HEALTH_CHECK.unhealthyThreshold }),
          healthyThreshold: optional(integer({ description: 'Passed checks in a row before a target is put back (2–10).', min: 2, max: 10 }), { default: LB_HEALTH_CHECK.healthyThreshold }),
        },
        { description: 'Target health checks (ALB defaults: every 30 s, out after 2 failures, back after 5 passes).' },
      ),
    ),
  },
  { description: 'An Application Load Balancer that is ready when the level starts.' },
);

const scalingGroup = object(
  {
    id: required(id('A unique id for this Auto Scaling group.')),
    region: required(id('The Region it lives in.')),
    zones: required(zoneList('The Availability Zones it launches into, kept balanced (zones of its Region).')),
    type: required(oneOf(INSTANCE_TYPE_NAMES, { description: 'The instance type it launches.', noun: 'instance type' })),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand or spot instances.', noun: 'purchase option' }), { default: 'onDemand' }),
    min: required(integer({ description: 'Fewest instances the group keeps.', min: 0, max: L.scalingGroupMax })),
    max: required(integer({ description: 'Most instances the group may run.', min: 0, max: L.scalingGroupMax })),
    desired: required(integer({ description: 'Instances wanted at the start; between min and max.', min: 0, max: L.scalingGroupMax })),
    loadBalancer: optional(id('The load balancer its instances register with (same Region).')),
    healthCheckType: optional(oneOf(['ec2', 'elb'] as const, { description: 'Replace instances that fail EC2 status checks only, or also the load balancer\'s health check (default: elb with a load balancer, else ec2).', noun: 'health check type' })),
    healthCheckGraceSeconds: optional(integer({ description: 'Seconds after an instance starts running before load balancer health checks can mark it unhealthy.', min: 0, max: 7200 }), { default: SCALING_DEFAULTS.healthCheckGraceTicks }),
    warmupSeconds: optional(integer({ description: 'Seconds before a new instance counts in the group\'s metrics.', min: 0, max: 3600 }), { default: SCALING_DEFAULTS.warmupTicks }),
    cooldownSeconds: optional(integer({ description: 'Seconds to wait after a scaling activity.', min: 0, max: 3600 }), { default: SCALING_DEFAULTS.cooldownTicks }),
    policy: optional(
      object(
        {
          metric: required(oneOf(SCALING_METRICS, { description: 'What to track: average CPU percent, or requests per second per instance.', noun: 'scaling metric' })),
          target: required(number({ description: 'The value to hold the metric at (percent for cpu; req/s for requestsPerTarget).', min: 0, minExclusive: true, max: 1_000_000 })),
        },
        { description: 'A target-tracking policy: scale out fast, scale in slowly.' },
      ),
    ),
    scheduled: optional(
      array(
        object(
          {
            atSeconds: required(seconds('When the action runs, seconds from the start.')),
            min: optional(integer({ description: 'New minimum.', min: 0, max: L.scalingGroupMax })),
            max: optional(integer({ description: 'New maximum.', min: 0, max: L.scalingGroupMax })),
            desired: optional(integer({ description: 'New desired capacity.', min: 0, max: L.scalingGroupMax })),
          },
          { description: 'A scheduled scaling action.' },
        ),
        { description: 'Scheduled scaling actions.', maxItems: 100 },
      ),
    ),
  },
  { description: 'An EC2 Auto Scaling group; it launches its desired instances when the level starts.' },
);

const database = object(
  {
    id: required(id('A unique id for this database, e.g. "orders-db".')),
    region: required(id('The Region it lives in.')),
    zone: required(id('The Availability Zone of the primary.')),
    size: optional(oneOf(DATABASE_SIZE_NAMES, { description: 'The RDS instance class.', noun: 'database size' }), { default: 'db.m5.large' }),
    multiAz: optional(boolean({ description: 'Keep a synchronous standby in another zone (fails over in 60–120 s; costs about twice as much).' }), { default: false }),
    standbyZone: optional(id('The standby\'s zone when multiAz is on (default: the first other zone of the Region).')),
    backups: optional(boolean({ description: 'Automated backups (point-in-time restore to about 5 minutes ago).' }), { default: true }),
    storageGb: optional(integer({ description: 'Allocated storage, GB.', min: 20, max: 65_536 }), { default: 20 }),
    replicas: optional(
      array(
        object(
          { id: required(id('A unique id for the read replica.')), zone: required(id('The zone it runs in (a zone of the database\'s Region).')) },
          { description: 'An asynchronous read replica.' },
        ),
        { description: 'Read replicas (RDS allows up to 15).', maxItems: 15 },
      ),
    ),
  },
  { description: 'An RDS database.' },
);

const dns = object(
  {
    policy: optional(oneOf(['simple', 'failover', 'weighted'] as const, { description: 'Route 53 routing: one answer, primary/secondary failover, or weighted.', noun: 'routing policy' }), { default: 'simple' }),
    ttlSeconds: optional(integer({ description: 'How long clients cache an answer (AWS recommends 60 s for failover).', min: 0, max: 86_400 }), { default: DNS_DEFAULTS.ttlTicks }),
    endpoints: required(
      array(
        object(
          {
            id: required(id('A unique id for this endpoint, e.g. "shop".')),
            region: required(id('The Region it serves from.')),
            target: required(id('A load balancer or instance id in that Region.')),
            role: optional(oneOf(['primary', 'secondary'] as const, { description: 'For failover routing.', noun: 'role' }), { default: 'primary' }),
            weight: optional(integer({ description: 'For weighted routing (Route 53 weights are 0–255).', min: 0, max: 255 }), { default: 1 }),
          },
          { description: 'A DNS record that sends users to a load balancer or an instance.' },
        ),
        { description: 'Where users are sent.', minItems: 1, maxItems: 20 },
      ),
    ),
  },
  { description: 'Route 53: how users find the service.' },
);

const estate = object(
  {
    instances: optional(array(instance, { description: 'EC2 instances running at the start.', maxItems: L.instances })),
    loadBalancers: optional(array(loadBalancer, { description: 'Load balancers ready at the start.', maxItems: L.loadBalancers })),
    scalingGroups: optional(array(scalingGroup, { description: 'Auto Scaling groups.', maxItems: L.scalingGroups })),
    databases: optional(array(database, { description: 'RDS databases.', maxItems: L.databases })),
    dns: optional(dns),
    sessions: optional(oneOf(['memory', 'store'] as const, { description: 'Where user sessions live: on each instance (lost with it) or in a shared store ($0.034/h).', noun: 'session mode' }), { default: 'memory' }),
    dr: optional(
      object(
        {
          posture: required(oneOf(DR_POSTURES, { description: 'The disaster-recovery strategy already in place.', noun: 'DR posture' })),
          primaryRegion: required(id('The Region that serves normally.')),
          drRegion: required(id('The Region to recover into; not the primary.')),
        },
        { description: 'A disaster-recovery posture in place at the start.' },
      ),
    ),
  },
  { description: 'What is already built when the level starts.' },
);

const curve = union(
  'kind',
  {
    steady: object({ rps: required(rps('Requests per second, all the time.')) }, { description: 'Constant demand.' }),
    ramp: object(
      {
        fromRps: required(rps('Requests per second before the ramp.')),
        toRps: required(rps('Requests per second after the ramp.')),
        startSeconds: required(seconds('When the ramp starts.')),
        endSeconds: required(seconds('When the ramp ends (after it starts, within the level).')),
      },
      { description: 'Demand that changes linearly between two times.' },
    ),
    dailyWave: object(
      {
        baseRps: required(rps('Requests per second at the quietest hour.')),
        peakRps: required(rps('Requests per second at the busiest hour.')),
        peakHour: required(integer({ description: 'Hour of the peak, 0–23, counted from the start of the level.', min: 0, max: 23 })),
      },
      { description: 'A daily wave: quiet at night, busy at the peak hour.' },
    ),
    spike: object(
      {
        atSeconds: required(seconds('When the spike starts.')),
        durationSeconds: required(seconds('How long it lasts.', 1)),
        extraRps: required(rps('Requests per second added on top.')),
      },
      { description: 'Extra demand for a while.' },
    ),
  },
  { description: 'One demand curve; curves add up.', discriminatorDescription: 'The shape of the curve: steady, ramp, dailyWave or spike.' },
);

const traffic = object(
  {
    curves: required(array(curve, { description: 'Demand curves, summed; demand is never negative.', minItems: 1, maxItems: L.curves })),
    noisePct: optional(percent('Seeded noise, ± percent of demand each second.'), { default: 0 }),
    writePct: optional(percent('Share of requests that write to the database, percent.'), { default: 10 }),
    sessionPct: optional(percent('Share of requests that need the user\'s session, percent.'), { default: 50 }),
    bytesPerRequest: optional(integer({ description: 'Bytes moved per request (drives load-balancer and transfer charges).', min: 0, max: 100_000_000 }), { default: 20_000 }),
    serviceMs: optional(number({ description: 'Mean time to serve one request on an idle server, ms.', min: 0, minExclusive: true, max: 60_000 }), { default: 20 }),
    latencySloMs: optional(number({ description: 'Requests slower than this count as failed, ms.', min: 0, minExclusive: true, max: 60_000 }), { default: 500 }),
  },
  { description: 'The users: how many requests arrive and what they need.' },
);

const faults = object(
  {
    scheduled: optional(
      array(
        object(
          {
            atSeconds: required(seconds('When the fault starts, seconds from the start (within the level).')),
            kind: required(oneOf(FAULT_KINDS, { description: 'What fails (shaped like AWS Fault Injection Service actions).', noun: 'fault kind' })),
            target: optional(id('What it hits: an instance id (instance.*), a zone id (zone.*), a Region id (region.outage) or a database id (database.primaryFailure). None for traffic.spike.')),
            durationSeconds: optional(seconds('How long it lasts (default depends on the kind, e.g. 1800 for an AZ power interruption).')),
            spikePct: optional(number({ description: 'traffic.spike only: demand as a percent of normal (300 = three times).', min: 0, minExclusive: true, max: MAX_SPIKE_PCT })),
          },
          { description: 'A fault at a fixed time.' },
        ),
        { description: 'Faults at fixed times.', maxItems: L.scheduledFaults },
      ),
    ),
    random: optional(
      array(
        object(
          {
            kind: required(oneOf(FAULT_KINDS, { description: 'What fails.', noun: 'fault kind' })),
            perHour: required(number({ description: 'Expected occurrences per target per hour.', min: 0, max: 3600 })),
            durationSeconds: optional(seconds('How long each one lasts (default depends on the kind).')),
            targetPrefix: optional(string({ description: 'Only targets whose id starts with this.', maxLength: L.idLength, pattern: { regex: '^[A-Za-z0-9._-]*$', noun: 'id prefix', says: 'prefixes use letters, digits, ".", "_" and "-"' } })),
          },
          { description: 'Faults drawn at random from the run\'s seed.' },
        ),
        { description: 'Faults at seeded random times.', maxItems: L.randomFaults },
      ),
    ),
  },
  { description: 'What goes wrong, and when.' },
);

const objectives = object(
  {
    slaPct: required(number({ description: 'SLA target: percent of one-minute windows that must be good (above 0, at most 100).', min: 0, minExclusive: true, max: 100 })),
    badMinuteFailedPct: optional(percent('A minute is bad when more than this percent of its requests failed or were too slow.'), { default: 1 }),
    budgetUsd: optional(number({ description: 'Spending limit for the whole level, US dollars.', min: 0, max: 10_000_000 })),
    rpoSeconds: optional(seconds('Data loss allowed, seconds of writes.')),
    rtoSeconds: optional(seconds('Longest interruption allowed, seconds.')),
  },
  { description: 'How the run is judged: uptime, cost and recovery targets.' },
);

export const levelSchema = object(
  {
    $schema: optional(string({ description: 'The JSON Schema that editors use to check this file: "./level.schema.json" beside it, or "../level.schema.json" from levels/campaign.', maxLength: L.stringLength })),
    formatVersion: required(constant(CURRENT_FORMAT_VERSION, { description: 'The version of this file format; this game reads 1.' })),
    id: required(id('The level id, e.g. "spare-tyre" (a campaign file is named NN-<id>.json); unique among all levels.')),
    title: required(string({ description: 'The title players see.', maxLength: L.stringLength, minLength: 1 })),
    durationSeconds: required(integer({ description: 'How long the level lasts, simulated seconds (at least one 60-second SLA window, at most 30 days).', min: 60, max: L.durationSeconds, maxSays: DAYS_30 })),
    regions: required(array(region, { description: 'The Regions in play, each with its Availability Zones.', minItems: 1, maxItems: L.regions })),
    estate: required(estate),
    traffic: required(traffic),
    faults: required(faults),
    objectives: required(objectives),
    allowedCommands: optional(array(oneOf(COMMAND_TYPE_NAMES, { description: 'A command type, e.g. "instance.launch".', noun: 'command type' }), { description: 'Command types the player may use (empty or absent: all).', maxItems: 100 })),
    allowedInstanceTypes: optional(array(oneOf(INSTANCE_TYPE_NAMES, { description: 'An instance type.', noun: 'instance type' }), { description: 'Instance types the player may launch (absent: all; omit it rather than leave it empty).', minItems: 1, maxItems: 100 })),
    speed: optional(number({ description: 'Simulated seconds per real second at 1× speed.', min: 0, minExclusive: true, max: 3600 }), { default: 1 }),
    teaches: optional(string({ description: 'One line on the level select: the idea this level teaches.', maxLength: L.stringLength })),
    briefing: optional(string({ description: 'Shown before the level starts: the situation and the goal.', maxLength: L.proseLength })),
    debrief: optional(string({ description: 'Shown after the level: the lesson.', maxLength: L.proseLength })),
    par: optional(
      object(
        {
          uptimePct: optional(percent('Uptime of the reference solution, percent.')),
          costUsd: optional(number({ description: 'Cost of the reference solution, US dollars; at or under it earns the third star.', min: 0, max: 10_000_000 })),
        },
        { description: 'What the reference solution achieves (computed by the level checker).' },
      ),
    ),
  },
  { description: 'A Blast Radius level: the estate you start with, the traffic, the faults and the objectives.' },
);
