import { checkInvariants, createWorld, step, type Command, type ScenarioSpec, type ScriptedCommand } from '../../src/sim';

/** Simulated seconds an accepted input is run for: enough for boots, health checks and early faults. */
export const BRIEF_TICKS = 600;

/**
 * Builds the World of an accepted level and steps it for at most BRIEF_TICKS, checking the
 * invariants after each step. Returns what broke, or undefined. An exception is left to escape:
 * the runner reports it as an accepted input that broke the simulation.
 */
export function runBriefly(scenario: ScenarioSpec, seed: number, script: readonly ScriptedCommand[] = []): string | undefined {
  const world = createWorld(scenario, seed);
  const first = checkInvariants(world);
  if (first.length > 0) return `after createWorld: ${first.join('; ')}`;
  const none: Command[] = [];
  let next = 0;
  for (let i = 0; i < BRIEF_TICKS && world.tick < world.durationTicks; i++) {
    const commands: Command[] = [];
    while (next < script.length && script[next]!.atSeconds === world.tick) commands.push(script[next++]!.command);
    step(world, commands.length > 0 ? commands : none);
    const found = checkInvariants(world);
    if (found.length > 0) return `tick ${world.tick}: ${found.join('; ')}`;
  }
  return undefined;
}
