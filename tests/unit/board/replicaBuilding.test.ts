import { describe, expect, it } from 'vitest';
import { applyCommand, createWorld, DATABASE, step } from '../../../src/sim';
import { databaseNodeLook, databaseNodeRole } from '../../../src/view/services/database/databaseNodeLook';
import { entityView } from '../../../src/view/services/registry';
import { campaignLevel } from '../debrief/helpers';

/** Issue 10: protection that is still being built is shown as building, in shape and words, not colour alone. */
describe('a read replica being built, on the board and in words', () => {
  it('is a dashed outline labelled "replica (building)" until it is built, then a filled replica', () => {
    const world = createWorld(campaignLevel('10-chaos-day').scenario, 1);
    expect(applyCommand(world, { type: 'database.addReadReplica', databaseId: 'orders-db', zoneId: 'usw2-az1' }, []).ok).toBe(true);
    const replica = world.databases[0]!.replicas.at(-1)!;
    const node = { databaseId: 'orders-db', nodeId: replica.id, role: 'R' as const };
    expect(databaseNodeLook(world, node)).toMatchObject({ fill: null, dashed: true, letter: 'R' });
    expect(databaseNodeRole(world, node)).toBe('replica (building)');
    expect(entityView('database')!.describe(world, 'orders-db', { undetected: new Set() })).toMatch(/1 replica\(s\), 1 being built$/);
    for (let t = 0; t <= DATABASE.crossRegionReplicaCreateTicks; t++) step(world);
    expect(databaseNodeLook(world, node)).toMatchObject({ dashed: false, letter: 'R' });
    expect(databaseNodeLook(world, node)!.fill).not.toBeNull();
    expect(databaseNodeRole(world, node)).toBe('replica');
    expect(entityView('database')!.describe(world, 'orders-db', { undetected: new Set() })).toMatch(/1 replica\(s\)$/);
  });
});
