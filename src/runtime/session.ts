import { applyCommand, type Command, type ScriptedCommand, type SimEvent, type ScenarioSpec, type World, score, type Score, step, createWorld } from '../sim';
import type { Result } from '../shared/result';
import { createFixedStepLoop, type FixedStepLoop } from './fixedStepLoop';
import { createRecorder, type Recorder } from './recorder';

export type SessionListener = (events: readonly SimEvent[], session: GameSession) => void;

export interface SessionOptions {
  scenario: ScenarioSpec;
  seed: number;
  /** Start with the real-time clock paused (test mode, or before the player presses play). */
  paused?: boolean;
  /** Called once when the run reaches its end. */
  onFinished?: (session: GameSession) => void;
}

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/**
 * One run of one Scenario in the browser: the World, the real-time loop, the command log (what a
 * replay needs: level + seed + commands) and the recorder (what the HUD and debrief chart). The view
 * reads `world` and writes only through `dispatch`.
 */
export class GameSession {
  readonly scenario: ScenarioSpec;
  readonly seed: number;
  readonly world: World;
  readonly log: ScriptedCommand[] = [];
  readonly recorder: Recorder;
  readonly loop: FixedStepLoop;
  /** Speed multiplier chosen by the player (× the level's own speed). */
  speedFactor = 1;
  /**
   * Ticks at which the real-time clock pauses by itself once the World reaches them (the
   * classroom's "what will happen?" stops). Single steps and `advance` ignore it.
   */
  pauseAt: ReadonlySet<number> = new Set();
  /**
   * Asked after every step with that step's events: a reason to stop the clock right there (pacing
   * for people: a fault started, an alarm fired), or null. The real-time loop pauses on that exact
   * tick; single steps and `advance` are already paused, so they only record the reason.
   */
  pauseWhen: ((events: readonly SimEvent[]) => string | null) | null = null;
  /** Why the clock stopped by itself, until the player resumes (or null). */
  pauseReason: string | null = null;
  private readonly listeners = new Set<SessionListener>();
  private finished = false;
  private readonly onFinished: ((session: GameSession) => void) | undefined;

  constructor(options: SessionOptions) {
    this.scenario = options.scenario;
    this.seed = options.seed;
    this.world = createWorld(options.scenario, options.seed);
    this.recorder = createRecorder(this.world);
    this.onFinished = options.onFinished;
    this.loop = createFixedStepLoop({
      step: () => this.loopStep(),
      speed: this.baseSpeed,
      paused: options.paused ?? false,
    });
  }

  /** Simulated seconds per real second at 1×. */
  get baseSpeed(): number {
    return this.scenario.speed ?? 60;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  get score(): Score {
    return score(this.world);
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies a command now, between ticks: exactly what a replay does when it applies it at the start
   * of the next tick, so the log replays bit for bit. The result comes back at once for the UI.
   */
  dispatch(command: Command): Result<string> {
    if (this.finished) return { ok: false, reason: 'the level is over' };
    const events: SimEvent[] = [];
    const result = applyCommand(this.world, command, events);
    if (result.ok) this.log.push({ atSeconds: this.world.tick, command });
    this.recorder.record(events);
    this.emit(events);
    return result;
  }

  /** One simulated second. Nothing moves once the level has ended. True when `pauseWhen` asked to stop here. */
  stepOnce(): boolean {
    if (this.finished) return false;
    const { events } = step(this.world, []);
    this.recorder.afterStep(this.world, events);
    this.emit(events);
    if (this.world.tick >= this.world.durationTicks) {
      this.finished = true;
      this.loop.pause();
      this.onFinished?.(this);
      return false;
    }
    const reason = this.pauseWhen?.(events) ?? null;
    if (reason === null) return false;
    this.pauseReason = reason;
    return true;
  }

  /** A step of the real-time loop, which may stop at a `pauseAt` tick or a `pauseWhen` reason partway through a frame. */
  private loopStep(): void {
    if (this.loop.paused) return;
    const stop = this.stepOnce();
    if (!this.finished && (stop || this.pauseAt.has(this.world.tick))) this.loop.pause();
  }

  /** Resumes the real-time clock and forgets why it stopped. */
  resume(): void {
    this.pauseReason = null;
    this.loop.resume();
  }

  /** Steps synchronously (single step, fast-forward in tests). */
  advance(simSeconds: number): void {
    for (let i = 0; i < simSeconds && !this.finished; i++) this.stepOnce();
  }

  setSpeedFactor(factor: number): void {
    this.speedFactor = factor;
    this.loop.speed = this.baseSpeed * factor;
  }

  start(): void {
    this.loop.start();
  }

  dispose(): void {
    this.loop.stop();
    this.listeners.clear();
  }

  private emit(events: readonly SimEvent[]): void {
    for (const l of this.listeners) l(events, this);
  }
}
