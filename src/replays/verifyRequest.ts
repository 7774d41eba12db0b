import { simulate, toRunResult, type RunResult, type ScenarioSpec, type ScriptedCommand, type SimEvent } from '../sim';
import { verifyReplayText, type Verified } from './replayFile';
import { verifyResultCode } from './resultCode';

/** One thing the teacher's screens ask to have re-simulated: a result code, or a replay file's text. */
export type VerifyRequest = { kind: 'code'; code: string; label: string } | { kind: 'replay'; text: string; label: string };

/** A whole run to simulate: the debrief measures the level's reference on the player's seed with it. */
export interface RunRequest {
  kind: 'run';
  scenario: ScenarioSpec;
  seed: number;
  script: ScriptedCommand[];
}

/** A simulated run: its figures and its events (plain data, so it crosses postMessage). */
export interface Ran {
  result: RunResult;
  events: SimEvent[];
}

/** Everything the worker does. */
export type WorkerRequest = VerifyRequest | RunRequest;

/** What the page posts to the verification worker; `id` pairs the answer with its request. */
export interface VerifyMessage {
  id: number;
  request: WorkerRequest;
}

/**
 * The worker's answer. A check that throws is sent back as its message, so the page words it exactly
 * as it did when it verified on its own thread ("could not be checked (…)").
 */
export type VerifyAnswer = { id: number; ok: true; value: Verified | Ran } | { id: number; ok: false; error: string };

/** The pure functions, unchanged: the worker and the main-thread fallback both run exactly this. */
export function runVerifyRequest(request: VerifyRequest): Promise<Verified>;
export function runVerifyRequest(request: RunRequest): Promise<Ran>;
export function runVerifyRequest(request: WorkerRequest): Promise<Verified | Ran>;
export function runVerifyRequest(request: WorkerRequest): Promise<Verified | Ran> {
  if (request.kind === 'code') return verifyResultCode(request.code, request.label);
  if (request.kind === 'replay') return Promise.resolve().then(() => verifyReplayText(request.text, request.label));
  return Promise.resolve().then(() => runLevel(request));
}

/** Simulates a whole run, keeping its events. */
export function runLevel(request: RunRequest): Ran {
  const sim = simulate(request.scenario, { seed: request.seed, script: request.script, keepEvents: true });
  return { result: toRunResult(request.scenario, request.seed, sim), events: sim.events };
}

/** The worker's message handler, apart from the worker so a unit test can drive it without one. */
export async function answerVerifyMessage(message: VerifyMessage): Promise<VerifyAnswer> {
  try {
    return { id: message.id, ok: true, value: await runVerifyRequest(message.request) };
  } catch (err) {
    return { id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
