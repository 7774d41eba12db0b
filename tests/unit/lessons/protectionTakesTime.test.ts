import { describe, expect, it } from 'vitest';
import { DATABASE, simulate, type ScriptedCommand } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';
import { eventsOf } from './build';

/**
 * Issue 10: protection takes the time AWS takes, and protects nothing while it is built: a DR
 * posture's cross-Region copy of the data, a Multi-AZ conversion, a read replica (docs/model.md).
 */
const rejected = (sim: ReturnType<typeof simulate>) => eventsOf(sim, 'command.rejected').map((e) => e.detail);

describe('a DR posture is built before it can fail over', () => {
  const { scenario } = campaignLevel('08-parachute');
  const outage = 19_800;
  const drill = (postureAt: number): ScriptedCommand[] => [
    { atSeconds: postureAt, command: { type: 'dr.setPosture', posture: 'pilotLight', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } },
    { atSeconds: outage + 120, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } },
  ];

  it('set a minute before the Region goes down, the failover is refused and the level is lost', () => {
    // Also 40 minutes after the fall, past the 30 minutes the copy would have taken: it is copied
    // from the live primary, so with us-east-1 down it cannot finish.
    const late: ScriptedCommand = { atSeconds: outage + 2400, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } };
    const sim = simulate(scenario, { seed: 1, script: [...drill(outage - 60), late], keepEvents: true });
    const refusal = 'region.failOver: the pilot light posture is still being built, and its cross-Region copy of the data cannot finish: its source orders-db is lost';
    expect(rejected(sim)).toEqual([refusal, refusal]);
    expect(eventsOf(sim, 'database.replicaReady')).toEqual([]);
    expect(eventsOf(sim, 'dr.failedOver')).toEqual([]);
    expect(sim.score.outcome).toBe('lost');
  });

  it('set 30 minutes before, it is built in time and fails over', () => {
    // Refused while it is built with a live source: the message says when it is ready.
    const early = simulate(scenario, { seed: 1, keepEvents: true, script: [drill(0)[0]!, { atSeconds: 600, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } }] });
    expect(rejected(early)).toEqual([expect.stringMatching(/^region\.failOver: the pilot light posture is still being built: its cross-Region copy of the data is ready at 1800 s/)]);
    const sim = simulate(scenario, { seed: 1, script: drill(outage - DATABASE.crossRegionReplicaCreateTicks), keepEvents: true });
    expect(rejected(sim)).toEqual([]);
    expect(eventsOf(sim, 'dr.failedOver')).toHaveLength(1);
    expect(eventsOf(sim, 'database.replicaReady')).toHaveLength(1);
  });
});

describe('a Multi-AZ conversion protects only once the standby is in sync', () => {
  const { scenario } = campaignLevel('07-data-tier');
  const failure = 5520;
  const convertAt = (t: number): ScriptedCommand[] => [{ atSeconds: t, command: { type: 'database.enableMultiAz', databaseId: 'orders-db', standbyZoneId: 'use1-az2' } }];

  it('converted a minute before the primary fails: no failover, the database is down', () => {
    const sim = simulate(scenario, { seed: 1, script: convertAt(failure - 60), keepEvents: true });
    expect(eventsOf(sim, 'database.failoverStarted')).toEqual([]);
    expect(eventsOf(sim, 'database.down')).toHaveLength(1);
  });

  it(`converted ${DATABASE.multiAzConversionTicks / 60} minutes before: it fails over`, () => {
    const sim = simulate(scenario, { seed: 1, script: convertAt(failure - DATABASE.multiAzConversionTicks - 1), keepEvents: true });
    expect(eventsOf(sim, 'database.failoverStarted')).toHaveLength(1);
    expect(eventsOf(sim, 'database.down')).toEqual([]);
  });
});

describe('a read replica is built before it serves or can be promoted', () => {
  const { scenario } = campaignLevel('07-data-tier');
  it('cross-Region: promotion is refused until it is built, then accepted', () => {
    const open = { ...scenario, allowedCommands: undefined, regions: [...scenario.regions, { id: 'us-west-2', zones: ['usw2-az1', 'usw2-az2', 'usw2-az3'] }] };
    const sim = simulate(open, {
      seed: 1,
      keepEvents: true,
      script: [
        { atSeconds: 60, command: { type: 'database.addReadReplica', databaseId: 'orders-db', zoneId: 'usw2-az1' } },
        { atSeconds: 120, command: { type: 'database.promoteReplica', databaseId: 'orders-db', replicaId: 'replica-0001' } },
        { atSeconds: 60 + DATABASE.crossRegionReplicaCreateTicks + 1, command: { type: 'database.promoteReplica', databaseId: 'orders-db', replicaId: 'replica-0001' } },
      ],
    });
    expect(rejected(sim)).toEqual([`database.promoteReplica: replica-0001 is still being created (ready at ${60 + DATABASE.crossRegionReplicaCreateTicks} s): a replica can be promoted once it has the data`]);
    expect(eventsOf(sim, 'database.promotionStarted')).toHaveLength(1);
  });

  it('added a minute before the primary fails, it cannot finish: there is no live source to copy', () => {
    const failure = 5520;
    const sim = simulate(scenario, {
      seed: 1,
      keepEvents: true,
      script: [
        { atSeconds: failure - 60, command: { type: 'database.addReadReplica', databaseId: 'orders-db', zoneId: 'use1-az3' } },
        { atSeconds: failure - 60 + DATABASE.replicaCreateTicks + 60, command: { type: 'database.promoteReplica', databaseId: 'orders-db', replicaId: 'replica-0001' } },
      ],
    });
    expect(rejected(sim)).toEqual(['database.promoteReplica: replica-0001 is still being created and cannot finish: its source orders-db is lost, so there is no data to copy']);
    expect(eventsOf(sim, 'database.replicaReady')).toEqual([]);
  });
});
