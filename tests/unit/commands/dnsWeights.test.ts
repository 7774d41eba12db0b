import { describe, expect, it } from 'vitest';
import { applyCommand, createWorld, step } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';

/** Route 53's weighted routing: weights that are all 0 share equally (they were accepted and served nothing, then refused). */
describe('weighted DNS with every weight 0', () => {
  const { scenario } = campaignLevel('08-parachute');
  const activeActive = { ...scenario, allowedCommands: undefined, estate: { ...scenario.estate, dr: { posture: 'activeActive' as const, primaryRegion: 'us-east-1', drRegion: 'us-west-2' } } };

  it('is accepted and splits the answer equally between the healthy endpoints', () => {
    const world = createWorld(activeActive, 1);
    expect(world.dns.endpoints.length).toBe(2);
    const weights = Object.fromEntries(world.dns.endpoints.map((e) => [e.id, 0]));
    expect(applyCommand(world, { type: 'dns.setWeights', weights }, []).ok).toBe(true);
    step(world);
    expect(world.dns.answer).toEqual([500, 500]);
  });

  it('zero-weight healthy endpoints serve when every weighted one is unhealthy', () => {
    const world = createWorld(activeActive, 1);
    const [a, b] = world.dns.endpoints;
    expect(applyCommand(world, { type: 'dns.setWeights', weights: { [a!.id]: 5, [b!.id]: 0 } }, []).ok).toBe(true);
    step(world);
    expect(world.dns.answer).toEqual([1000, 0]);
    a!.healthy = false;
    world.dns.answerChangedTick = -1;
    applyCommand(world, { type: 'dns.setWeights', weights: { [a!.id]: 5, [b!.id]: 0 } }, []);
    step(world);
    expect(world.dns.answer).toEqual([0, 1000]);
  });
});
