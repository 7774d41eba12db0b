import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/levels/parseLevel';
import { checkInvariants, createWorld, type ScenarioSpec } from '../../../src/sim';
import { oldestMessageAgeSeconds, QUEUE_REQUEST_MILLION_MICROS, type QueueSpec } from '../../../src/sim/services/queue/public';
import { at, EAST, eventsOf, run, scenario, WEST, webTier } from './build';

/** 150 requests a second, 20 % writes: the web tier sends 30 messages a second to the queue. */
function withQueue(queue: Partial<QueueSpec> = {}, over: Partial<ScenarioSpec> = {}): ScenarioSpec {
  return scenario({
    durationSeconds: 3600,
    regions: [EAST, WEST],
    estate: webTier(3, 'm5.large', EAST.zones, { queues: [{ id: 'orders-q', region: 'us-east-1', ...queue }] }),
    topology: { calls: [{ from: 'web-alb', to: 'orders-q' }] },
    traffic: { curves: [{ kind: 'steady', rps: 150 }], writePct: 20 },
    ...over,
  });
}

describe('an SQS queue on the request path', () => {
  it('consumers faster than the writes keep it empty; the bill counts sends, receives and deletes at $0.40 per million', () => {
    const sim = run(withQueue({ drainRps: 100 }));
    const q = sim.world.queues[0]!;
    expect(q.depth).toBe(0);
    expect(oldestMessageAgeSeconds(q, sim.world.tick)).toBe(0);
    // 30 sends, 3 receives and 3 deletes a second, for an hour: 129,600 requests = 5.184 cents.
    expect(sim.world.ledger.micros.queues).toBe(Math.floor((3600 * 36 * QUEUE_REQUEST_MILLION_MICROS) / 1e6));
    expect(checkInvariants(sim.world)).toEqual([]);
  });

  it('slower consumers leave a backlog that grows by the difference, oldest message first', () => {
    const sim = run(withQueue({ drainRps: 10 }));
    const q = sim.world.queues[0]!;
    // 30 in and 10 out a second for 3,600 s (the first tick routes no traffic yet: it is the start).
    expect(q.depth).toBeGreaterThan(20 * 3500);
    expect(q.depth).toBeLessThanOrEqual(20 * 3600);
    expect(oldestMessageAgeSeconds(q, sim.world.tick)).toBeGreaterThan(2000);
    expect(checkInvariants(sim.world)).toEqual([]);
  });

  it('messages older than the retention period are deleted unread', () => {
    const sim = run(withQueue({ drainRps: 0, retentionSeconds: 600 }));
    const expired = eventsOf(sim, 'queue.messagesExpired');
    expect(expired.length).toBeGreaterThan(0);
    const q = sim.world.queues[0]!;
    // world.tick is the next tick to run: the oldest batch left was at most 600 s old then.
    expect(oldestMessageAgeSeconds(q, sim.world.tick)).toBeLessThanOrEqual(600);
    expect(q.depth + expired.reduce((n, e) => n + (e.value ?? 0), 0)).toBeGreaterThan(30 * 3500);
  });

  it('a Region outage interrupts it: sends fail with their requests, the stored messages wait and drain after', () => {
    const s = withQueue(
      { region: 'us-west-2', drainRps: 0 },
      { faults: { scheduled: [{ atSeconds: 1200, kind: 'region.outage', target: 'us-west-2', durationSeconds: 600 }] } },
    );
    const sim = run(s, [at(2400, { type: 'queue.setRetention', queueId: 'orders-q', retentionSeconds: 7200 })]);
    expect(eventsOf(sim, 'queue.interrupted').map((e) => e.tick)).toEqual([1200]);
    const recovered = eventsOf(sim, 'queue.recovered')[0]!;
    expect(recovered.tick).toBeGreaterThan(1800);
    // Everything sent before the outage is still there when it comes back.
    expect(recovered.value).toBe(eventsOf(sim, 'queue.interrupted')[0]!.value);
    const failedByQueue = sim.world.metrics.failedByCause.queue;
    expect(failedByQueue).toBeGreaterThan(30 * 590);
    expect(failedByQueue).toBeLessThan(30 * (recovered.tick - 1200 + 10));
    expect(eventsOf(sim, 'queue.retentionChanged')).toHaveLength(1);
    expect(checkInvariants(sim.world)).toEqual([]);
  });

  it('an AZ outage does not reach it (SQS keeps copies in several AZs)', () => {
    const s = withQueue({}, { faults: { scheduled: [{ atSeconds: 600, kind: 'zone.powerInterruption', target: 'use1-az1', durationSeconds: 600 }] } });
    const sim = run(s);
    expect(eventsOf(sim, 'queue.interrupted')).toEqual([]);
    expect(sim.world.metrics.failedByCause.queue).toBe(0);
  });

  it('queue.create makes an empty, available queue; bad values are refused with the range', () => {
    const s = withQueue();
    const sim = run(s, [
      at(10, { type: 'queue.create', regionId: 'us-west-2', drainRps: 5 }),
      at(20, { type: 'queue.create', regionId: 'us-east-1', retentionSeconds: 30 }),
      at(30, { type: 'queue.create', regionId: 'mars-1' }),
      at(40, { type: 'queue.setRetention', queueId: 'nope', retentionSeconds: 600 }),
    ]);
    const created = eventsOf(sim, 'queue.created');
    expect(created.map((e) => e.detail)).toEqual(['us-west-2']);
    expect(created[0]!.subject).toMatch(/^queue-\d{4}$/);
    const made = sim.world.queues.find((q) => q.id === created[0]!.subject)!;
    // Nothing calls it: it only long-polls.
    expect(made).toMatchObject({ state: 'available', depth: 0, drainRps: 5, retentionSeconds: 345_600 });
    expect(eventsOf(sim, 'command.rejected').map((e) => e.detail)).toEqual([
      'queue.create: retention must be 60 s to 1209600 s (14 days)',
      'queue.create: there is no Region "mars-1"',
      'queue.setRetention: there is no queue "nope"',
    ]);
  });

  it('a level without queues has an empty list and no queue charges', () => {
    const world = createWorld(scenario({ estate: webTier(2, 'm5.large', EAST.zones) }), 1);
    expect(world.queues).toEqual([]);
    expect(world.ledger.micros.queues).toBe(0);
  });
});

describe('a queue in a level file', () => {
  const level = (estate: Record<string, unknown>, calls: unknown[]) => ({
    formatVersion: 2,
    id: 'queue-level',
    title: 'Queue',
    durationSeconds: 600,
    regions: [EAST],
    estate: { ...webTier(2, 'm5.large', EAST.zones), ...estate },
    topology: { calls },
    traffic: { curves: [{ kind: 'steady', rps: 10 }] },
    faults: {},
    objectives: { slaPct: 99 },
  });

  it('is accepted with its defaults, and a call may go to it', () => {
    const parsed = parseLevel(level({ queues: [{ id: 'orders-q', region: 'us-east-1' }] }, [{ from: 'web-alb', to: 'orders-q' }]), 'q.json');
    expect(parsed.ok).toBe(true);
  });

  it('names a Region that is not there, a retention out of range and an id already used', () => {
    const parsed = parseLevel(level({ queues: [{ id: 'web-1', region: 'us-east-9' }, { id: 'q2', region: 'us-east-1', retentionSeconds: 30 }] }, []), 'q.json');
    expect(parsed.ok).toBe(false);
    const text = JSON.stringify(parsed);
    expect(text).toContain('estate.queues[1].retentionSeconds');
    const meaning = parseLevel(level({ queues: [{ id: 'web-1', region: 'us-east-9' }] }, [{ from: 'web-alb', to: 'nothing' }]), 'q.json');
    const problems = meaning.ok ? [] : meaning.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'estate.queues[0].id: "web-1" is already used at estate.instances[0].id',
      'estate.queues[0].region: "us-east-9" is not a region of this level (regions: us-east-1)',
      'topology.calls[0].to: there is no database or queue "nothing" (this level has no databases or queues)',
    ]);
  });
});
