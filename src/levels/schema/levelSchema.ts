import { COMMAND_TYPES, ESTATE_FIELDS, FAULT_KINDS, INSTANCE_TYPE_NAMES, MAX_SPIKE_PCT, topologySpec, WEEKDAYS } from '../../sim';
import { LEVEL_LIMITS as L } from '../../shared/levelLimits';
import { array, constant, integer, number, object, oneOf, optional, required, string, union } from '../../shared/schema/dsl';
import { idField as id, percentField as percent, rpsField as rps, secondsField as seconds } from '../../shared/schema/fields';

/**
 * The level file format, described once. Read top-down it is the authoring reference; the shape
 * validator, the JSON Schema in levels/level.schema.json and the docs all come from it, and
 * levelType.ts proves at compile time that it describes exactly ScenarioSpec.
 */

export const CURRENT_FORMAT_VERSION = 2;

const COMMAND_TYPE_NAMES: readonly string[] = COMMAND_TYPES;

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

/** The estate: each service kind describes its own part (src/sim/services/<kind>/spec.ts). */
const estate = object(ESTATE_FIELDS, { description: 'What is already built when the level starts.' });

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
            atSeconds: optional(seconds('When the fault starts, seconds from the start (within the level). Give this or between.')),
            between: optional(
              array(seconds('A second of the run.'), {
                description: 'A window [from, to] in seconds: the fault starts at a second drawn from it with the seed, so players cannot learn the moment. Give this or atSeconds.',
                minItems: 2,
                maxItems: 2,
              }),
            ),
            kind: required(oneOf(FAULT_KINDS, { description: 'What fails (shaped like AWS Fault Injection Service actions).', noun: 'fault kind' })),
            target: optional(id('What it hits: an instance id (instance.*), a zone id (zone.*), a Region id (region.outage) or a database id (database.primaryFailure); or "busiest" (whichever holds the most of the player\'s serving capacity when it starts) or "random" (a seeded pick). None for traffic.spike.')),
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

const clock = object(
  {
    startsAt: required(string({ description: 'The time of day when the level starts, "HH:MM" on a 24-hour clock, e.g. "06:00".', maxLength: 5, minLength: 1, pattern: { regex: '^([01][0-9]|2[0-3]):[0-5][0-9]$', noun: 'time of day', says: 'write it as "HH:MM" on a 24-hour clock, e.g. "06:00" or "18:30"' } })),
    weekday: optional(oneOf(WEEKDAYS, { description: 'The day of the week when the level starts, e.g. "Monday" (absent: the days are numbered).', noun: 'day of the week' })),
  },
  { description: 'The time of day on the game\'s clock when the level starts: the HUD, the event log, the charts and the debrief show times of day from it. Presentation only: faults, curves and scripts still count seconds from the start.' },
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
    formatVersion: required(constant(CURRENT_FORMAT_VERSION, { description: 'The version of this file format; this game writes 2 and still reads 1 (upgrading it as it loads).' })),
    id: required(id('The level id, e.g. "spare-tyre" (a campaign file is named NN-<id>.json); unique among all levels.')),
    title: required(string({ description: 'The title players see.', maxLength: L.stringLength, minLength: 1 })),
    durationSeconds: required(integer({ description: 'How long the level lasts, simulated seconds (at least one 60-second SLA window, at most 30 days).', min: 60, max: L.durationSeconds, maxSays: '30 days' })),
    regions: required(array(region, { description: 'The Regions in play, each with its Availability Zones.', minItems: 1, maxItems: L.regions })),
    estate: required(estate),
    topology: optional(topologySpec),
    traffic: required(traffic),
    faults: required(faults),
    objectives: required(objectives),
    allowedCommands: optional(array(oneOf(COMMAND_TYPE_NAMES, { description: 'A command type, e.g. "instance.launch".', noun: 'command type' }), { description: 'Command types the player may use (empty or absent: all).', maxItems: 100 })),
    allowedInstanceTypes: optional(array(oneOf(INSTANCE_TYPE_NAMES, { description: 'An instance type.', noun: 'instance type' }), { description: 'Instance types the player may launch (absent: all; omit it rather than leave it empty).', minItems: 1, maxItems: 100 })),
    speed: optional(number({ description: 'Simulated seconds per real second at 1× speed.', min: 0, minExclusive: true, max: 3600 }), { default: 1 }),
    clock: optional(clock),
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
    gauntlet: optional(
      object(
        {
          mayWin: optional(
            array(string({ description: 'A strategy name from `npm run levels:gauntlet`, e.g. "overProvision×2" or "without:3".', maxLength: L.stringLength }), {
              description: 'Shortcuts this level lets win ★★★ (normally none): the gauntlet does not hold them against it.',
              maxItems: 100,
            }),
          ),
        },
        { description: 'The strategy gauntlet: which shortcuts may win (docs/levels.md §4).' },
      ),
    ),
  },
  { description: 'A Blast Radius level: the estate you start with, the traffic, the faults and the objectives.' },
);
