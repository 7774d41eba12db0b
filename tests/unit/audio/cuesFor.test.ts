import { describe, expect, it } from 'vitest';
import { cuesFor as cuesForTable, MAX_CUES_PER_BATCH, type CueTimes } from '../../../src/audio/cuesFor';
import { EVENT_TYPES, type SimEvent, type SimEventType } from '../../../src/sim';
import { EVENT_CUES } from '../../../src/view/services/registry';

/** The cue table the app hands the sound board: built from the view's service descriptors. */
const cueFor = (type: SimEventType) => EVENT_CUES[type] ?? null;
const cuesFor = (events: readonly SimEvent[], nowMs: number, last: CueTimes) => cuesForTable(events, nowMs, last, EVENT_CUES);

const ev = (type: SimEventType, subject?: string): SimEvent => ({ tick: 1, type, ...(subject ? { subject } : {}) });

describe('EVENT_CUES: which simulation events make a sound (the service views say)', () => {
  it.each([
    ['instance.launched', 'launch'],
    ['instance.terminated', 'terminate'],
    ['target.markedUnhealthy', 'alarm'],
    ['sla.minuteBad', 'alarm'],
    ['zone.outageStarted', 'outage'],
    ['region.outageStarted', 'outage'],
    ['database.down', 'outage'],
    ['queue.interrupted', 'outage'],
    ['zone.recovered', 'recovery'],
    ['region.recovered', 'recovery'],
    ['database.failedOver', 'recovery'],
    ['dr.failedOver', 'recovery'],
    ['queue.recovered', 'recovery'],
    ['command.rejected', 'uiError'],
  ] as const)('%s → %s', (type, cue) => {
    expect(cueFor(type)).toBe(cue);
  });

  it('leaves every other event silent, and never plays win, lose or a click (the app does those)', () => {
    const sounding = EVENT_TYPES.filter((t) => cueFor(t) !== null);
    expect(sounding).toHaveLength(14);
    for (const t of EVENT_TYPES) expect(['win', 'lose', 'uiClick']).not.toContain(cueFor(t));
    expect(cueFor('command.accepted')).toBeNull();
    expect(cueFor('bill.charged' as SimEventType)).toBeNull();
  });
});

describe('cuesFor: bursts collapse and alarms are rate-limited', () => {
  const run = (batches: { at: number; events: SimEvent[] }[]) => {
    let last: CueTimes = {};
    return batches.map(({ at, events }) => {
      const r = cuesFor(events, at, last);
      last = r.last;
      return r.cues;
    });
  };

  it('a zone outage that marks twelve targets unhealthy in one step sounds one alarm', () => {
    const events = Array.from({ length: 12 }, (_, i) => ev('target.markedUnhealthy', `i-${i}`));
    expect(cuesFor(events, 0, {}).cues).toEqual(['alarm']);
  });

  it('plays at most one alarm per 2 real seconds, dropping (not queueing) the ones in between', () => {
    const alarm = [ev('sla.minuteBad')];
    const played = run([0, 500, 1999, 2000, 2100, 3999, 4000, 9000].map((at) => ({ at, events: alarm })));
    expect(played).toEqual([['alarm'], [], [], ['alarm'], [], [], ['alarm'], ['alarm']]);
  });

  it('a burst spread over many steps in one frame (8× speed) still sounds once', () => {
    const steps = Array.from({ length: 40 }, (_, i) => ({ at: 1000 + (i % 5), events: [ev('target.markedUnhealthy', `i-${i}`), ev('instance.launched', `i-${i}`)] }));
    const all = run(steps).flat();
    expect(all.filter((c) => c === 'alarm')).toHaveLength(1);
    expect(all.filter((c) => c === 'launch')).toHaveLength(1);
  });

  it('suppressed events do not restart the alarm window', () => {
    const alarm = [ev('target.markedUnhealthy')];
    // Events every 500 ms: the window counts from the alarm that sounded, so it sounds every 2 s.
    const played = run(Array.from({ length: 9 }, (_, i) => ({ at: i * 500, events: alarm })));
    expect(played.map((c) => c.length)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('different cues do not block each other, most important first, capped per batch', () => {
    const events = [ev('instance.launched'), ev('target.markedUnhealthy'), ev('zone.outageStarted'), ev('instance.terminated')];
    const { cues } = cuesFor(events, 0, {});
    expect(cues).toEqual(['outage', 'alarm']);
    expect(cues.length).toBeLessThanOrEqual(MAX_CUES_PER_BATCH);
  });

  it('a rejected command right after another one is not a machine gun, but sounds again soon', () => {
    const reject = [ev('command.rejected')];
    expect(run([0, 50, 200].map((at) => ({ at, events: reject })))).toEqual([['uiError'], [], ['uiError']]);
  });

  it('is pure: the input state is not changed and silent batches return it as is', () => {
    const last: CueTimes = Object.freeze({ alarm: 0 });
    const r = cuesFor([ev('sla.minuteBad')], 100, last);
    expect(r.cues).toEqual([]);
    expect(r.last).toBe(last);
    expect(cuesFor([ev('instance.running')], 5000, last).last).toBe(last);
    expect(cuesFor([ev('sla.minuteBad')], 5000, last).last).toEqual({ alarm: 5000 });
  });

  it('a clock that went backwards does not silence a cue forever', () => {
    expect(cuesFor([ev('sla.minuteBad')], 10, { alarm: 50_000 }).cues).toEqual(['alarm']);
  });
});
