import { describe, expect, it } from 'vitest';
import type { MinuteSample } from '../../../src/runtime/recorder';
import { chartSummaries } from '../../../src/view/debrief/chartSummaries';
import { faultMarkers, markerLabels } from '../../../src/view/debrief/faultMarkers';
import { formatDuration } from '../../../src/view/debrief/formatDuration';
import { ELAPSED_CLOCK, levelClock } from '../../../src/view/format';
import { ev } from './helpers';

const minute = (i: number, over: Partial<MinuteSample> = {}): MinuteSample => ({
  t: i * 60,
  demandRps: 180,
  servedRps: 180,
  failedRps: 0,
  capacityRps: 300,
  latencyMs: 40,
  uptimePct: 100,
  costUsd: (i + 1) * 0.01,
  bad: false,
  ...over,
});

const targets = { slaPct: 98, budgetUsd: 1.5, parCostUsd: 1.14, latencySloMs: 500, durationSeconds: 600, clock: ELAPSED_CLOCK };

describe('the text beside each chart', () => {
  it('says what the canvas shows: peaks, when, bad minutes, targets', () => {
    const samples = Array.from({ length: 10 }, (_, i) => minute(i));
    samples[1] = minute(1, { servedRps: 60, failedRps: 120, capacityRps: 100, latencyMs: 850, bad: true, uptimePct: 50 });
    samples[2] = minute(2, { failedRps: 30, bad: true, uptimePct: 33.33 });
    for (let i = 3; i < 10; i++) samples[i]!.uptimePct = ((i - 1) * 100) / (i + 1);
    const s = chartSummaries(samples, [], targets);
    expect(s.failures).toBe('Failed requests peaked at 120 req/s at 00:01:00; 2 minutes bad (00:01:00, 00:02:00).');
    expect(s.traffic).toBe(
      'Demand averaged 180 req/s and peaked at 180 req/s at 00:00:00. Capacity was lowest at 100 req/s at 00:01:00, and below demand in 1 minute. Served fell furthest behind at 00:01:00: 60 req/s of 180 req/s.',
    );
    expect(s.latency).toBe('Latency peaked at 850 ms at 00:01:00, against a 500 ms SLO; typically 40 ms. 1 minute averaged over the SLO.');
    expect(s.uptime).toBe('Uptime ended at 80.00 % against the 98 % SLA target: missed. It was lowest at 33.33 % at 00:03:00.');
    expect(s.cost).toBe('Cost reached $0.10 against a $1.50 budget: within it. Par is $1.14. About $0.60 an hour.');
    expect(s.faults).toBe('No faults happened in this run.');
    // On a level with a time of day, the same moments read as the HUD showed them.
    const clocked = chartSummaries(samples, faultMarkers([ev(120, 'fault.started', 'use1-az1', 'zone.powerInterruption', 300), ev(420, 'fault.ended', 'use1-az1', 'zone.powerInterruption')], 600), { ...targets, clock: levelClock({ durationSeconds: 600, clock: { startsAt: '09:00' } }) });
    expect(clocked.failures).toBe('Failed requests peaked at 120 req/s at 09:01:00; 2 minutes bad (09:01:00, 09:02:00).');
    expect(clocked.faults).toMatch(/from 09:02:00 to 09:07:00/);
  });

  it('a quiet run reads as quiet', () => {
    const s = chartSummaries(Array.from({ length: 5 }, (_, i) => minute(i)), [], { ...targets, budgetUsd: undefined, parCostUsd: undefined });
    expect(s.failures).toBe('No failed requests, and no bad minutes.');
    expect(s.traffic).toContain('never below demand. Served kept up with demand throughout.');
    expect(s.uptime).toBe('Uptime ended at 100.00 % against the 98 % SLA target: met.');
    expect(s.cost).toBe('Cost reached $0.05; no budget was set. About $0.30 an hour.');
  });

  it('says when the budget was passed, and summarises many bad minutes as a range', () => {
    const samples = Array.from({ length: 8 }, (_, i) => minute(i, { costUsd: i * 0.3, bad: i >= 2, failedRps: i >= 2 ? 180 : 0 }));
    const s = chartSummaries(samples, [], targets);
    expect(s.cost).toContain('It passed the budget at 00:07:00.');
    expect(s.failures).toBe('Failed requests peaked at 180 req/s at 00:02:00; 6 minutes bad, from 00:02:00 to 00:08:00.');
  });
});

describe('fault markers', () => {
  it('pair each fault with its end, keep instantaneous ones as lines, and run unended ones to the end', () => {
    const markers = faultMarkers(
      [
        ev(3600, 'fault.started', 'use1-az1', 'zone.powerInterruption', 1800),
        ev(3700, 'fault.started', 'web-1', 'instance.terminate', 0),
        ev(4000, 'fault.started', 'traffic.spike', 'traffic.spike', 900),
        ev(4900, 'fault.ended', 'traffic.spike', 'traffic.spike'),
        ev(5400, 'fault.ended', 'use1-az1', 'zone.powerInterruption'),
        ev(9000, 'fault.started', 'us-east-1', 'region.outage', 7200),
      ],
      10_800,
    );
    expect(markers.map((m) => [m.startTick, m.endTick, m.label])).toEqual([
      [3600, 5400, 'AZ power use1-az1'],
      [3700, 3700, 'Terminate web-1'],
      [4000, 4900, 'Spike'],
      [9000, 10_800, 'Region down us-east-1'],
    ]);
    expect(markers[0]!.description).toBe('AZ power interruption on use1-az1');
    const s = chartSummaries([], markers, targets);
    expect(s.faults).toBe(
      'Fault markers: AZ power interruption on use1-az1 from 01:00:00 to 01:30:00; Instance terminated on web-1 at 01:01:40; Traffic spike from 01:06:40 to 01:21:40; Region outage on us-east-1 from 02:30:00 to 03:00:00.',
    );
  });
});

describe('many fault markers (spot churn)', () => {
  it('are summed up per kind, and one-off instance faults are minor so the chart can draw them quietly', () => {
    const events = [
      ...Array.from({ length: 7 }, (_, i) => ev(600 + i * 300, 'fault.started', `spot-${i}`, 'instance.spotInterruption', 0)),
      ev(1500, 'fault.started', 'use1-az1', 'zone.insufficientCapacity', 2700),
      ev(4200, 'fault.ended', 'use1-az1', 'zone.insufficientCapacity'),
    ];
    const markers = faultMarkers(events, 14_400);
    expect(markers.map((m) => m.major)).toEqual([false, false, false, false, false, false, false, true]);
    expect(markerLabels(faultMarkers([...events, ev(1500, 'fault.started', 'use1-az2', 'zone.insufficientCapacity', 2700)], 14_400)).slice(-2)).toEqual([
      { tick: 2400, label: 'Spot spot-6', major: false },
      { tick: 1500, label: 'No capacity ×2', major: true },
    ]);
    expect(chartSummaries([], markers, targets).faults).toBe(
      'Fault markers (8): 7 × Spot interruption, 00:10:00 to 00:40:00; No spare capacity in an AZ on use1-az1 from 00:25:00 to 01:10:00.',
    );
  });
});

describe('durations in words', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [120, '2 min'],
    [130, '2 min 10 s'],
    [3600, '1 h'],
    [3900, '1 h 5 min'],
  ])('%d s → %s', (s, text) => expect(formatDuration(s)).toBe(text));
});
