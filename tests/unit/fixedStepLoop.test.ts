import { describe, expect, it } from 'vitest';
import { createFixedStepLoop, DEFAULT_MAX_STEPS_PER_FRAME, type FixedStepLoopOptions } from '../../src/runtime/fixedStepLoop';

/** A fake clock and frame scheduler: `tick(ms)` moves real time on and delivers one animation frame. */
function harness(options: Partial<FixedStepLoopOptions> = {}) {
  let nowMs = 1000;
  let pending: ((t: number) => void) | null = null;
  let steps = 0;
  const loop = createFixedStepLoop({
    step: () => {
      steps += 1;
    },
    now: () => nowMs,
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    ...options,
  });
  return {
    loop,
    /** Advances real time by `ms` and runs the frame the loop asked for; returns the steps it ran. */
    tick(ms: number): number {
      nowMs += ms;
      const before = steps;
      const cb = pending;
      pending = null;
      cb?.(nowMs);
      return steps - before;
    },
    get steps() {
      return steps;
    },
    get framePending() {
      return pending !== null;
    },
  };
}

describe('fixedStepLoop', () => {
  it('runs one step per simulated second at 1×: a step every 1000 real ms', () => {
    const h = harness();
    h.loop.start();
    const perFrame = Array.from({ length: 120 }, () => h.tick(1000 / 60));
    expect(h.steps).toBe(2);
    expect(perFrame.filter((n) => n > 0)).toEqual([1, 1]);
    expect(Math.max(...perFrame)).toBe(1);
  });

  it('converts real milliseconds into steps at the speed multiplier', () => {
    const h = harness({ speed: 60 });
    h.loop.start();
    expect(h.tick(1000 / 60)).toBe(1); // 60 simulated seconds per real second: one per 60 Hz frame
    expect(h.tick(100)).toBe(6);
    expect(h.tick(50)).toBe(3);
    h.loop.speed = 600;
    expect(h.tick(100)).toBe(60);
    expect(h.loop.speed).toBe(600);
  });

  it('carries fractions of a step to the next frame', () => {
    const h = harness({ speed: 10 });
    h.loop.start();
    expect(h.tick(50)).toBe(0); // 0.5 simulated s owed
    expect(h.tick(50)).toBe(1); // 1.0
    expect(h.tick(130)).toBe(1); // 1.3
    expect(h.tick(70)).toBe(1); // 0.3 + 0.7
    expect(h.steps).toBe(3);
  });

  it('caps the catch-up per frame and drops the backlog (a hidden tab does not freeze the game)', () => {
    const h = harness({ speed: 10, maxStepsPerFrame: 5 });
    h.loop.start();
    // Ten minutes hidden: 6000 steps owed, only 5 run, and nothing is owed afterwards.
    const info = h.loop.frame(1000 + 600_000);
    expect(info.steps).toBe(5);
    expect(info.droppedSeconds).toBe(5995);
    expect(h.steps).toBe(5);
    expect(h.loop.frame(1000 + 600_000 + 100).steps).toBe(1);
  });

  it('stops stepping once the frame has spent its time on steps, and drops the rest (a heavy estate plays slower, never freezes)', () => {
    let clock = 0;
    // Each step takes 8 ms of real time on this clock.
    const loop = createFixedStepLoop({ step: () => void (clock += 8), speed: 600, now: () => clock, requestFrame: () => 1, cancelFrame: () => {} });
    loop.start();
    clock += 100;
    const info = loop.frame(clock);
    // 60 steps owed; after 4 (32 ms ≥ the 30 ms default) the frame stops, and nothing is owed after.
    expect(info).toEqual({ steps: 4, droppedSeconds: 56, paused: false });
    clock += 1000 / 60;
    expect(loop.frame(clock).steps).toBe(4);
    const light = createFixedStepLoop({ step: () => void (clock += 8), speed: 600, maxStepMsPerFrame: 1000, now: () => clock, requestFrame: () => 1, cancelFrame: () => {} });
    light.start();
    clock += 100;
    expect(light.frame(clock).steps).toBe(60);
  });

  it('has a default cap', () => {
    const h = harness({ speed: 1000 });
    h.loop.start();
    expect(h.tick(10_000)).toBe(DEFAULT_MAX_STEPS_PER_FRAME);
  });

  it('runs no steps while paused, still renders, and does not count the pause on resume', () => {
    const frames: { steps: number; paused: boolean }[] = [];
    const h = harness({ speed: 10, render: (f) => frames.push({ steps: f.steps, paused: f.paused }) });
    h.loop.start();
    expect(h.tick(100)).toBe(1);
    h.loop.pause();
    expect(h.loop.paused).toBe(true);
    expect(h.tick(5000)).toBe(0);
    expect(h.tick(5000)).toBe(0);
    h.loop.resume();
    expect(h.loop.paused).toBe(false);
    expect(h.tick(100)).toBe(1); // only the 100 ms since resume
    expect(frames.map((f) => f.paused)).toEqual([false, true, true, false]);
  });

  it('can start paused (test mode) and stays paused until resumed', () => {
    const h = harness({ paused: true, speed: 100 });
    h.loop.start();
    for (let i = 0; i < 10; i += 1) expect(h.tick(1000)).toBe(0);
    expect(h.steps).toBe(0);
  });

  it('speed 0 stands still without pausing', () => {
    const h = harness({ speed: 0 });
    h.loop.start();
    expect(h.tick(10_000)).toBe(0);
    expect(h.loop.paused).toBe(false);
  });

  it('steps by stepSeconds', () => {
    const h = harness({ speed: 10, stepSeconds: 5 });
    h.loop.start();
    expect(h.tick(1000)).toBe(2);
  });

  it('does not count the time before start, and a clock that goes backwards yields no steps', () => {
    const h = harness({ speed: 10 });
    h.tick(60_000); // no frame requested yet: nothing happens
    h.loop.start();
    expect(h.tick(100)).toBe(1);
    expect(h.loop.frame(0).steps).toBe(0);
  });

  it('stop cancels the frame request; start requests again', () => {
    const h = harness();
    h.loop.start();
    expect(h.framePending).toBe(true);
    h.loop.stop();
    expect(h.framePending).toBe(false);
    h.loop.start();
    expect(h.framePending).toBe(true);
  });

  it('rejects nonsense options', () => {
    const step = () => undefined;
    expect(() => createFixedStepLoop({ step, speed: -1 })).toThrow(RangeError);
    expect(() => createFixedStepLoop({ step, speed: Number.NaN })).toThrow(RangeError);
    expect(() => createFixedStepLoop({ step, maxStepsPerFrame: 0 })).toThrow(RangeError);
    expect(() => createFixedStepLoop({ step, stepSeconds: 0 })).toThrow(RangeError);
  });
});
