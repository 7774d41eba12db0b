import { readFileSync } from 'node:fs';
import { simulationWork } from '../../src/levels/meaning/checkWork';
import { parseLevel } from '../../src/levels/parseLevel';
import { recordReplay } from '../../src/replays/replayFile';
import { LEVEL_LIMITS } from '../../src/shared/levelLimits';
import type { ScenarioSpec, ScriptedCommand } from '../../src/sim';

/**
 * The heaviest inputs of at most 64 kB each surface accepts, and bad ones of the same size: what
 * issue 12 asks the page to read without a main-thread task over 100 ms (tests/e2e/heavyInputs.spec.ts).
 */
export const INPUT_BYTES = 64 * 1024;

const sandboxText = readFileSync(new URL('../../levels/sandbox.json', import.meta.url), 'utf8');
const ZONES = ['use1-az1', 'use1-az2', 'use1-az3'];

/**
 * As much as a level may hold: the game's cap of instances at once, all of them standalone behind
 * one load balancer, long prose, as many scheduled faults as fit in 64 kB, run for as long as the
 * work budget allows this estate.
 */
export function heaviestLevel(options: { bytes?: number } = {}): { text: string; level: ScenarioSpec } {
  const bytes = options.bytes ?? INPUT_BYTES;
  const l = JSON.parse(sandboxText) as Record<string, unknown> & { estate: Record<string, unknown>; faults: { scheduled: unknown[] } };
  delete l.$schema;
  l.id = 'heaviest';
  l.title = `The heaviest level: ${LEVEL_LIMITS.instancesAtOnce} instances`;
  l.estate.instances = Array.from({ length: LEVEL_LIMITS.instancesAtOnce }, (_, i) => ({ id: `web-${i + 1}`, zone: ZONES[i % 3], type: 'm5.large', loadBalancer: 'web-alb' }));
  l.traffic = { curves: [{ kind: 'dailyWave', baseRps: 20_000, peakRps: 40_000, peakHour: 1 }], noisePct: 5 };
  l.objectives = { slaPct: 90, budgetUsd: 1_000_000 };
  l.briefing = 'A very large estate. '.repeat(Math.floor(LEVEL_LIMITS.proseLength / 21));
  l.debrief = 'It was large. '.repeat(Math.floor(LEVEL_LIMITS.proseLength / 14));
  const perSecond = simulationWork({ ...(l as unknown as ScenarioSpec), durationSeconds: 3600 }) / 3600;
  const duration = Math.floor(LEVEL_LIMITS.workSeconds / perSecond);
  l.durationSeconds = duration;
  const fault = (k: number) => ({ atSeconds: 600 + k * 60, kind: 'instance.terminate', target: `web-${k + 1}` });
  l.faults.scheduled = [];
  for (let k = 0; k < LEVEL_LIMITS.scheduledFaults && 600 + k * 60 < duration; k++) {
    l.faults.scheduled.push(fault(k));
    if (JSON.stringify(l).length > bytes) {
      l.faults.scheduled.pop();
      break;
    }
  }
  const text = JSON.stringify(l);
  const parsed = parseLevel(JSON.parse(text), 'heaviest.json');
  if (!parsed.ok) throw new Error(`the heaviest level does not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return { text, level: parsed.scenario };
}

/** The same level with every instance in an AZ that does not exist: hundreds of problems to report. */
export function everyInstanceWrong(): string {
  const l = JSON.parse(heaviestLevel().text) as { estate: { instances: { zone: string }[] } };
  for (const inst of l.estate.instances) inst.zone = 'use1-az9';
  return JSON.stringify(l);
}

/** 64 kB of arrays inside arrays: far deeper than the level format allows. */
export const deeplyNested = (): string => '['.repeat(INPUT_BYTES / 2) + ']'.repeat(INPUT_BYTES / 2);

/**
 * A replay of the heaviest level that fits in 64 kB with the level inside it: a reboot a minute,
 * as many as fit. Verifying it re-simulates the whole run, 500 instances for four hours.
 */
export function heaviestReplay(): string {
  const { level } = heaviestLevel({ bytes: 48 * 1024 });
  const script: ScriptedCommand[] = [];
  for (let k = 0; ; k++) {
    const next = { atSeconds: 300 + k * 60, command: { type: 'instance.reboot' as const, instanceId: `web-${(k % 400) + 1}` } };
    if (next.atSeconds >= level.durationSeconds || JSON.stringify(recordShape(level, [...script, next])).length > INPUT_BYTES - 512) break;
    script.push(next);
  }
  return JSON.stringify(recordReplay(level, 1, script));
}

/** A replay's size without simulating it (the result fields are a few dozen bytes). */
const recordShape = (level: ScenarioSpec, commands: ScriptedCommand[]) => ({ kind: 'blast-radius-replay', formatVersion: 1, level, seed: 1, commands, result: { uptimePct: 100, costUsd: 1e6, simSeconds: level.durationSeconds } });

/** Saved progress of 64 kB: every level the game ever had, and a thousand it never had. */
export function bigProgress(): string {
  const levels: Record<string, unknown> = {};
  for (let i = 0; JSON.stringify({ formatVersion: 1, levels }).length < INPUT_BYTES - 120; i++) levels[`own:level-${i}`] = { stars: i % 4, bestUptimePct: 99.5, bestCostUsd: 12.5, plays: i };
  return JSON.stringify({ formatVersion: 1, levels });
}

/** 64 kB that is not progress at all. */
export const corruptProgress = (): string => `{"formatVersion":1,"levels":${'{"x":'.repeat(INPUT_BYTES / 5 - 10)}`;
