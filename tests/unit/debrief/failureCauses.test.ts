import { describe, expect, it } from 'vitest';
import { topCauses } from '../../../src/view/debrief/failureCauses';

describe('top causes of failed requests', () => {
  it('sorts causes largest first, in plain words with a sentence each, and leaves out the empty ones', () => {
    const rows = topCauses({ overload: 10, deadTarget: 3598.4, noRoute: 354_766, database: 0, queue: 0, session: 0.2, slow: 0 });
    expect(rows.map((r) => [r.name, r.requests])).toEqual([
      ['No route', 354_766],
      ['Dead target', 3598],
      ['Overload', 10],
    ]);
    expect(rows[0]!.why).toBe('nothing could receive them (Region or load balancer down, no healthy target)');
    expect(rows[1]!.why).toBe('sent to an instance the health check had not caught yet');
    expect(rows.reduce((a, r) => a + r.sharePct, 0)).toBeCloseTo(100, 3);
    expect(rows[0]!.sharePct).toBeGreaterThan(98);
  });

  it('names every cause', () => {
    const rows = topCauses({ overload: 6, deadTarget: 5, noRoute: 4, database: 3, queue: 2.5, session: 2, slow: 1 });
    expect(rows.map((r) => `${r.name}: ${r.why}`)).toEqual([
      'Overload: more requests than capacity',
      'Dead target: sent to an instance the health check had not caught yet',
      'No route: nothing could receive them (Region or load balancer down, no healthy target)',
      'Database: the database was unavailable',
      'Queue: the queue was unavailable, so the message could not be sent',
      'Session: shoppers logged out, baskets lost: in-memory sessions gone with their server, or on another server',
      'Slow: served slower than the latency SLO',
    ]);
  });

  it('is empty when nothing failed', () => {
    expect(topCauses({ overload: 0, deadTarget: 0, noRoute: 0, database: 0, queue: 0, session: 0, slow: 0 })).toEqual([]);
  });
});
