/**
 * Test mode (`?test=1`): the real-time clock starts paused and a small automation hook sits on
 * `window.__blastRadius`, so end-to-end tests drive simulated time exactly instead of waiting for it.
 */

export interface TestSnapshot {
  scene: 'alive';
  levelId: string;
  simSeconds: number;
  uptimePct: number;
  costUsd: number;
  outcome: 'running' | 'won' | 'lost';
}

export interface BlastRadiusTestApi {
  snapshot(): TestSnapshot;
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
