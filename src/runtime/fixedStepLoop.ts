/**
 * The only place real time turns into simulation steps. Each animation frame, the real milliseconds
 * since the last frame (times the speed: simulated seconds per real second) fill an accumulator;
 * every whole step in it runs, up to `maxStepsPerFrame`. Past the cap the backlog is dropped, not
 * carried: a tab that was hidden for ten minutes resumes where it was, instead of freezing while it
 * catches up (and then the player missed it all anyway). Steps also stop once they have taken
 * `maxStepMsPerFrame` of real time, and the rest of the frame's backlog is dropped the same way: a
 * heavy estate on a slow machine plays slower instead of freezing the page.
 *
 * The clock and the frame scheduler are injected (defaulting to performance.now and
 * requestAnimationFrame), so the arithmetic is testable with a fake clock and nothing here touches the DOM.
 */

export interface FixedStepLoopOptions {
  /** Runs one simulation step. */
  step: () => void;
  /** Runs once per frame after the steps (redraw); `steps` is how many ran this frame. */
  render?: (frame: FrameInfo) => void;
  /** Simulated seconds per real second. Default 1. */
  speed?: number;
  /** Simulated seconds one step advances. Default 1 (one tick is one simulated second). */
  stepSeconds?: number;
  /** Most steps one frame may run; the rest of the backlog is dropped. Default 240. */
  maxStepsPerFrame?: number;
  /** Real milliseconds of stepping after which a frame stops and drops the rest. Default 30. */
  maxStepMsPerFrame?: number;
  /** Start paused (test mode). Default false. */
  paused?: boolean;
  now?: () => number;
  requestFrame?: (callback: (nowMs: number) => void) => number;
  cancelFrame?: (handle: number) => void;
}

export interface FrameInfo {
  /** Steps run this frame. */
  steps: number;
  /** Simulated seconds dropped this frame because of the step cap or the time cap. */
  droppedSeconds: number;
  paused: boolean;
}

export interface FixedStepLoop {
  /** Starts requesting frames. */
  start(): void;
  /** Stops requesting frames. */
  stop(): void;
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Simulated seconds per real second (0 or more). */
  speed: number;
  /**
   * Processes one frame at real time `nowMs` and returns what happened. start() calls it from the
   * frame scheduler; tests call it directly.
   */
  frame(nowMs: number): FrameInfo;
}

export const DEFAULT_MAX_STEPS_PER_FRAME = 240;
/** Leaves room in a frame for drawing, so no frame is a long task (over 50 ms) on a normal machine. */
export const DEFAULT_MAX_STEP_MS_PER_FRAME = 30;
const STEP_EPSILON = 1e-9;

export function createFixedStepLoop(options: FixedStepLoopOptions): FixedStepLoop {
  const stepSeconds = options.stepSeconds ?? 1;
  const maxStepsPerFrame = options.maxStepsPerFrame ?? DEFAULT_MAX_STEPS_PER_FRAME;
  const maxStepMs = options.maxStepMsPerFrame ?? DEFAULT_MAX_STEP_MS_PER_FRAME;
  if (!(stepSeconds > 0)) throw new RangeError(`stepSeconds must be positive, got ${stepSeconds}`);
  if (!Number.isInteger(maxStepsPerFrame) || maxStepsPerFrame < 1) {
    throw new RangeError(`maxStepsPerFrame must be a positive integer, got ${maxStepsPerFrame}`);
  }
  const now = options.now ?? (() => performance.now());
  const requestFrame = options.requestFrame ?? ((cb: (nowMs: number) => void) => requestAnimationFrame(cb));
  const cancelFrame = options.cancelFrame ?? ((handle: number) => cancelAnimationFrame(handle));

  let speed = checkedSpeed(options.speed ?? 1);
  let paused = options.paused ?? false;
  /** Simulated seconds owed but not yet stepped (below stepSeconds after every frame). */
  let owedSeconds = 0;
  /** Real time of the previous frame (or of start/resume, so time spent paused never becomes steps). */
  let lastMs: number | null = null;
  let handle: number | null = null;

  function frame(nowMs: number): FrameInfo {
    const elapsedMs = lastMs === null ? 0 : Math.max(0, nowMs - lastMs);
    lastMs = nowMs;
    let steps = 0;
    let droppedSeconds = 0;
    if (!paused) {
      owedSeconds += (elapsedMs / 1000) * speed;
      // The epsilon absorbs float error (1000/60 ms × 60 is 0.9999… s), which would otherwise make
      // a 60× speed at 60 Hz alternate between 0 and 2 steps instead of 1 per frame.
      steps = Math.floor(owedSeconds / stepSeconds + STEP_EPSILON);
      if (steps > maxStepsPerFrame) {
        droppedSeconds = (steps - maxStepsPerFrame) * stepSeconds;
        steps = maxStepsPerFrame;
      }
      owedSeconds -= (steps * stepSeconds) + droppedSeconds;
      const started = now();
      for (let i = 0; i < steps; i += 1) {
        options.step();
        if (i + 1 < steps && now() - started >= maxStepMs) {
          droppedSeconds += (steps - i - 1) * stepSeconds;
          steps = i + 1;
        }
      }
    }
    const info: FrameInfo = { steps, droppedSeconds, paused };
    options.render?.(info);
    return info;
  }

  function onFrame(nowMs: number): void {
    handle = requestFrame(onFrame);
    frame(nowMs);
  }

  return {
    start() {
      if (handle !== null) return;
      lastMs = now();
      handle = requestFrame(onFrame);
    },
    stop() {
      if (handle !== null) cancelFrame(handle);
      handle = null;
    },
    pause() {
      paused = true;
      owedSeconds = 0;
    },
    resume() {
      if (!paused) return;
      paused = false;
      lastMs = now();
    },
    get paused() {
      return paused;
    },
    get speed() {
      return speed;
    },
    set speed(value: number) {
      speed = checkedSpeed(value);
    },
    frame,
  };
}

function checkedSpeed(value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`speed must be a finite number ≥ 0, got ${value}`);
  return value;
}
