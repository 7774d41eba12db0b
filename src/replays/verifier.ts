import type { Verified } from './replayFile';
import { runVerifyRequest, type Ran, type RunRequest, type VerifyAnswer, type VerifyMessage, type VerifyRequest, type WorkerRequest } from './verifyRequest';

/** The slice of a Web Worker the verifier uses (a fake one in the unit tests). */
export interface WorkerLike {
  postMessage(message: VerifyMessage): void;
  terminate(): void;
  onmessage: ((e: { data: VerifyAnswer }) => void) | null;
  onerror: ((e: Event | { message?: string }) => void) | null;
}

/** What a verification that was cancelled rejects with (the caller says what was not checked). */
export class VerificationCancelled extends Error {
  constructor() {
    super('verification was cancelled');
    this.name = 'VerificationCancelled';
  }
}

export interface Verifier {
  /** Re-simulates one code or replay: in the worker when there is one, else on this thread. */
  verify(request: VerifyRequest): Promise<Verified>;
  /** Simulates a whole run (the debrief's reference run), in the same worker. */
  run(request: RunRequest): Promise<Ran>;
  /** Stops at once: the worker is terminated mid-simulation and every pending verify rejects with VerificationCancelled. */
  cancel(): void;
}

/**
 * The page's own worker. `new URL(…, import.meta.url)` inside `new Worker(…)` is the form Vite
 * bundles as a separate chunk (and the service worker precaches like any other emitted file).
 */
export function spawnVerifyWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module', name: 'verify' }) as unknown as WorkerLike;
  } catch {
    return null;
  }
}

/**
 * A verifier that sends each request to a worker, one worker at a time, spawned when first needed
 * and again after a cancel or a crash. Only where no worker can be made at all (Node, an old browser)
 * do the same pure functions run on this thread, so results never depend on where they ran.
 */
export function createVerifier(spawn: () => WorkerLike | null = spawnVerifyWorker): Verifier {
  let worker: WorkerLike | null = null;
  let noWorkers = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(v: Verified | Ran): void; reject(err: Error): void }>();

  const start = (): WorkerLike | null => {
    if (worker || noWorkers) return worker;
    worker = spawn();
    if (!worker) {
      noWorkers = true;
      return null;
    }
    worker.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      if (!job) return;
      pending.delete(data.id);
      if (data.ok) job.resolve(data.value);
      else job.reject(new Error(data.error));
    };
    // A worker that dies (its script failed to load, or it ran out of memory) never answers: its jobs
    // end as "could not be checked", never as a silent hang, and the next verify starts a fresh one.
    // They are not re-run here: a job that killed a worker would freeze the page instead.
    worker.onerror = (e) => {
      const why = ('message' in e && e.message) || 'the checker stopped';
      worker?.terminate();
      worker = null;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new Error(why));
    };
    return worker;
  };

  const send = (request: WorkerRequest): Promise<Verified | Ran> => {
    const w = start();
    if (!w) return runVerifyRequest(request);
    return new Promise<Verified | Ran>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      w.postMessage({ id, request });
    });
  };

  return {
    // The worker answers each request with what its kind gives (runVerifyRequest's overloads).
    verify: (request) => send(request) as Promise<Verified>,
    run: (request) => send(request) as Promise<Ran>,
    cancel() {
      worker?.terminate();
      worker = null;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new VerificationCancelled());
    },
  };
}
