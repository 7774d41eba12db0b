/**
 * Test mode (`?test=1`): the real-time clock stays paused, audio is muted, motion reduced, and a
 * small automation hook sits on `window.__blastRadius`, so end-to-end tests drive simulated time
 * exactly instead of waiting for it.
 */

export interface TestSnapshot {
  scene: string;
  levelId: string | null;
  simSeconds: number;
  uptimePct: number;
  costUsd: number;
  outcome: 'running' | 'won' | 'lost';
}

export interface BlastRadiusTestApi {
  snapshot(): TestSnapshot;
  /** Applies a command to the level being played, as the UI would. */
  dispatch(command: unknown): { ok: boolean; reason?: string; value?: string };
  /** Steps the simulation synchronously (stops early if the level ends) and returns the new snapshot. */
  advance(simSeconds: number): TestSnapshot;
  /** Parses a level and runs it headless in the page; returns the RunResult (for determinism checks). */
  runScenario(scenarioJson: unknown, seed: number, script?: unknown): unknown;
}

declare global {
  interface Window {
    __blastRadius?: BlastRadiusTestApi;
  }
}

export function isTestMode(search: string): boolean {
  return new URLSearchParams(search).get('test') === '1';
}

export function installTestHooks(api: BlastRadiusTestApi): void {
  window.__blastRadius = api;
}
